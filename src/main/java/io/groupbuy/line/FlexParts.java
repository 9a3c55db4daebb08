package io.groupbuy.line;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexSeparator;
import com.linecorp.bot.messaging.model.FlexText;
import io.groupbuy.conversation.model.Button;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small building blocks of the bot's Flex bubbles, and LINE's size limits for them. */
final class FlexParts {
    /**
     * LINE's limits are 30 KB per bubble and 50 KB per carousel, without saying whether a KB is 1000 or
     * 1024 bytes; we stay under the stricter reading with a little room to spare.
     */
    static final int MAX_BUBBLE_BYTES = 29_500;
    static final int MAX_CAROUSEL_BYTES = 49_000;
    static final int MAX_CAROUSEL_BUBBLES = 12;
    static final int MAX_ALT_TEXT = 1500;
    /** Flex text has no documented length limit; a bubble of text longer than this is split. */
    static final int MAX_FLEX_TEXT = 2000;
    private static final int MAX_IMAGE_URL = 2000;

    static final String GREY = "#888888";
    static final String PRICE = "#D8392B";
    static final String ACCENT = "#06C755";

    private FlexParts() {
    }

    static Optional<FlexComponent> text(String text, String size, boolean bold, String color) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        FlexText.Builder b = new FlexText.Builder().text(LineLengths.units(text.strip(), MAX_FLEX_TEXT)).wrap(true);
        if (size != null) {
            b.size(size);
        }
        if (bold) {
            b.weight(FlexText.Weight.BOLD);
        }
        if (color != null) {
            b.color(color);
        }
        return Optional.of(b.build());
    }

    static FlexBox vertical(List<FlexComponent> contents, String spacing) {
        FlexBox.Builder b = new FlexBox.Builder(FlexBox.Layout.VERTICAL, contents);
        if (spacing != null) {
            b.spacing(spacing);
        }
        return b.build();
    }

    static FlexComponent separator() {
        return new FlexSeparator.Builder().margin("md").build();
    }

    /**
     * Button rows as a footer: a row of one button is one full-width button; a row of several is
     * laid out side by side, two or three to a line depending on how long their labels are.
     */
    static Optional<FlexBox> buttons(List<List<Button>> rows) {
        List<FlexComponent> lines = new ArrayList<>();
        boolean first = true;
        for (List<Button> row : rows) {
            List<Action> actions = row.stream()
                    .map(b -> LineActions.of(b, LineActions.FLEX_LABEL))
                    .flatMap(Optional::stream)
                    .toList();
            if (actions.isEmpty()) {
                continue;
            }
            if (actions.size() == 1) {
                lines.add(button(actions.get(0), first ? FlexButton.Style.PRIMARY : FlexButton.Style.SECONDARY));
            } else {
                int perLine = perLine(row);
                for (int i = 0; i < actions.size(); i += perLine) {
                    List<FlexComponent> side = new ArrayList<>();
                    for (Action a : actions.subList(i, Math.min(actions.size(), i + perLine))) {
                        side.add(button(a, FlexButton.Style.SECONDARY));
                    }
                    lines.add(new FlexBox.Builder(FlexBox.Layout.HORIZONTAL, side).spacing("sm").build());
                }
            }
            first = false;
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(vertical(lines, "sm"));
    }

    private static FlexComponent button(Action action, FlexButton.Style style) {
        FlexButton.Builder b = new FlexButton.Builder(action).style(style).height(FlexButton.Height.SM);
        if (style == FlexButton.Style.PRIMARY) {
            b.color(ACCENT);
        }
        return b.flex(1).build();
    }

    private static int perLine(List<Button> row) {
        int longest = row.stream().mapToInt(b -> LineLengths.countGraphemes(b.label())).max().orElse(0);
        return longest <= 6 ? 3 : longest <= 14 ? 2 : 1;
    }

    /** An image URL LINE will fetch: absolute, HTTPS (protocol-relative and http upgraded), at most 2000 chars. */
    static Optional<URI> imageUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String u = url.strip();
        if (u.startsWith("//")) {
            u = "https:" + u;
        } else if (u.regionMatches(true, 0, "http://", 0, 7)) {
            u = "https://" + u.substring(7);
        }
        if (u.length() > MAX_IMAGE_URL || !u.regionMatches(true, 0, "https://", 0, 8)) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(u));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean fits(FlexBubble bubble) {
        return LineJson.sizeOf(bubble) <= MAX_BUBBLE_BYTES;
    }

    static String altText(String text) {
        String t = text == null || text.isBlank() ? "…" : text.strip();
        return LineLengths.units(t, MAX_ALT_TEXT);
    }
}
