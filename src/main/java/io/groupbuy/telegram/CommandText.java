package io.groupbuy.telegram;

import java.util.Optional;

/**
 * Commands as groups write them: {@code /cart}, {@code /cart@our_bot}, {@code /add@our_bot 2 red}.
 * The bot's own suffix is removed; a command for another bot ({@code /cart@other_bot}) is not ours.
 */
final class CommandText {
    private CommandText() {
    }

    static boolean isCommand(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '/' && !Character.isWhitespace(text.charAt(1));
    }

    /** The text for the engine, or empty when it is a command addressed to another bot. */
    static Optional<String> forBot(String text, String botUsername) {
        if (!isCommand(text)) {
            return Optional.of(text);
        }
        int end = 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String head = text.substring(0, end);
        int at = head.indexOf('@');
        if (at < 0) {
            return Optional.of(text);
        }
        if (head.substring(at + 1).equalsIgnoreCase(botUsername)) {
            return Optional.of(head.substring(0, at) + text.substring(end));
        }
        return Optional.empty();
    }
}
