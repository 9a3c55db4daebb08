package io.groupbuy.telegram;

/** Telegram refused a message, or it could not be sent before giving up. */
public final class OutboundException extends RuntimeException {
    public OutboundException(String message) {
        super(message);
    }

    public OutboundException(String message, Throwable cause) {
        super(message, cause);
    }
}
