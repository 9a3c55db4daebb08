package io.groupbuy.core;

/** A bug or a broken invariant on our side. Logged with its stack trace; members get an apology. */
public final class InternalFailure extends GroupBuyException {
    public InternalFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
