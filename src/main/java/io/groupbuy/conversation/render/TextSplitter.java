package io.groupbuy.conversation.render;

import io.groupbuy.conversation.model.RichText;
import io.groupbuy.conversation.model.RichText.Segment;
import io.groupbuy.conversation.model.RichText.Style;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long text into messages of at most {@code limit} units, between lines: a line is never cut
 * in two unless it alone is longer than the limit, and then at the last space that fits, or between
 * characters as a last resort (never inside a surrogate pair). Styles are kept; the newline a split
 * happens at is dropped.
 */
public final class TextSplitter {
    /** Telegram: sendMessage text is 1–4096 characters. */
    public static final int TELEGRAM_LIMIT = 4096;
    /** LINE: a text message is at most 5000 characters (UTF-16 code units). */
    public static final int LINE_LIMIT = 5000;

    private final int limit;
    private final UnitCounter counter;

    public TextSplitter(int limit, UnitCounter counter) {
        if (limit < 2) {
            throw new IllegalArgumentException("limit too small");
        }
        this.limit = limit;
        this.counter = counter;
    }

    public static TextSplitter telegram() {
        return new TextSplitter(TELEGRAM_LIMIT, UnitCounter.UTF16);
    }

    public static TextSplitter line() {
        return new TextSplitter(LINE_LIMIT, UnitCounter.UTF16);
    }

    public List<RichText> split(RichText text) {
        if (counter.count(text.plainText()) <= limit) {
            return List.of(text);
        }
        List<List<Segment>> pieces = new ArrayList<>();
        for (List<Segment> line : lines(text)) {
            pieces.addAll(cutLongLine(line));
        }
        List<RichText> chunks = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        int used = 0;
        for (List<Segment> piece : pieces) {
            int size = units(piece);
            int needed = current.isEmpty() ? size : used + 1 + size;
            if (needed > limit && !current.isEmpty()) {
                chunks.add(new RichText(current));
                current = new ArrayList<>();
                used = 0;
                needed = size;
            }
            if (!current.isEmpty()) {
                current.add(new Segment("\n", Style.PLAIN));
            }
            current.addAll(piece);
            used = needed;
        }
        if (!current.isEmpty()) {
            chunks.add(new RichText(current));
        }
        return chunks;
    }

    public List<String> split(String text) {
        return split(RichText.plain(text)).stream().map(RichText::plainText).toList();
    }

    /** The text as lines of styled segments, without the newlines. */
    private static List<List<Segment>> lines(RichText text) {
        List<List<Segment>> lines = new ArrayList<>();
        List<Segment> line = new ArrayList<>();
        for (Segment s : text.segments()) {
            String[] parts = s.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
                if (!parts[i].isEmpty()) {
                    line.add(new Segment(parts[i], s.style()));
                }
            }
        }
        lines.add(line);
        return lines;
    }

    private int units(List<Segment> line) {
        int n = 0;
        for (Segment s : line) {
            n += counter.count(s.text());
        }
        return n;
    }

    private List<List<Segment>> cutLongLine(List<Segment> line) {
        if (units(line) <= limit) {
            return List.of(line);
        }
        List<List<Segment>> out = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        int used = 0;
        for (Segment s : line) {
            String rest = s.text();
            while (!rest.isEmpty()) {
                int room = limit - used;
                int cut = cutPoint(rest, room);
                if (cut == 0 && current.isEmpty()) {
                    cut = Character.charCount(rest.codePointAt(0)); // one character wider than the limit
                }
                if (cut == 0) {
                    out.add(current);
                    current = new ArrayList<>();
                    used = 0;
                    continue;
                }
                String head = rest.substring(0, cut);
                current.add(new Segment(head, s.style()));
                used += counter.count(head);
                rest = rest.substring(cut);
                if (!rest.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                    used = 0;
                    rest = rest.stripLeading();
                }
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /**
     * How many chars of {@code s} fit in {@code room} units: all of it, else up to the last place a line
     * may break (a space; between Thai words too) in the second half of the room, else as many whole
     * characters (grapheme clusters: a Thai vowel mark stays with its consonant) as fit.
     */
    private int cutPoint(String s, int room) {
        if (room <= 0) {
            return 0;
        }
        if (counter.count(s) <= room) {
            return s.length();
        }
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(s);
        int fit = 0;
        int used = 0;
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            used += counter.count(s.substring(fit, end));
            if (used > room) {
                break;
            }
            fit = end;
        }
        if (fit == 0) {
            return 0;
        }
        if (s.charAt(fit) == ' ') {
            return fit; // the cut falls just before a space
        }
        BreakIterator lines = BreakIterator.getLineInstance();
        lines.setText(s);
        int breakAt = lines.isBoundary(fit) ? fit : lines.preceding(fit);
        if (breakAt != BreakIterator.DONE && breakAt > 0 && breakAt >= fit / 2) {
            return breakAt;
        }
        return fit;
    }
}
