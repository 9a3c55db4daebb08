package io.groupbuy.telegram;

import java.util.Locale;

/** Who the bot is on Telegram (getMe): its user id and @username. */
record BotIdentity(long id, String username) {
    /** True if {@code text} mentions the bot as @username (any case). */
    boolean mentionedIn(String text) {
        return text != null && username != null
                && text.toLowerCase(Locale.ROOT).contains("@" + username.toLowerCase(Locale.ROOT));
    }
}
