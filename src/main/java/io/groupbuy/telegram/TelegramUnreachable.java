package io.groupbuy.telegram;

/** Telegram (or the configured Bot API server) could not be reached at start: worth trying again later. */
public final class TelegramUnreachable extends IllegalStateException {
    public TelegramUnreachable(String message) {
        super(message);
    }
}
