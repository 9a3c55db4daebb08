package io.groupbuy.conversation.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with a little emphasis. Segments hold raw text (whatever members typed included); each
 * adapter escapes it for its platform. Lines are separated by '\n' inside segments.
 */
public record RichText(List<Segment> segments) {
    public enum Style {
        PLAIN,
        BOLD,
        ITALIC,
        CODE
    }

    public record Segment(String text, Style style) {
    }

    public RichText {
        segments = List.copyOf(segments);
    }

    public static RichText plain(String text) {
        return new RichText(List.of(new Segment(text, Style.PLAIN)));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The text without styles (LINE text messages, logs, tests). */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            sb.append(s.text());
        }
        return sb.toString();
    }

    public boolean isEmpty() {
        return segments.stream().allMatch(s -> s.text().isEmpty());
    }

    public static final class Builder {
        private final List<Segment> segments = new ArrayList<>();

        public Builder plain(String text) {
            return add(text, Style.PLAIN);
        }

        public Builder bold(String text) {
            return add(text, Style.BOLD);
        }

        public Builder italic(String text) {
            return add(text, Style.ITALIC);
        }

        public Builder code(String text) {
            return add(text, Style.CODE);
        }

        public Builder newline() {
            return add("\n", Style.PLAIN);
        }

        public Builder line(String text) {
            return plain(text).newline();
        }

        public Builder append(RichText other) {
            segments.addAll(other.segments());
            return this;
        }

        private Builder add(String text, Style style) {
            if (text != null && !text.isEmpty()) {
                segments.add(new Segment(text, style));
            }
            return this;
        }

        public boolean isEmpty() {
            return segments.isEmpty();
        }

        public RichText build() {
            return new RichText(segments);
        }
    }
}
