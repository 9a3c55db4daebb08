package io.groupbuy.playground;

/** A playground request that cannot be done; the routes map {@link Reason} to an HTTP status. */
public final class PlaygroundRefusal extends RuntimeException {
    /** Why. */
    public enum Reason {
        UNKNOWN_ROOM,
        UNKNOWN_MEMBER,
        NOT_FOUND,
        BAD_INPUT,
        TOO_LARGE,
        /** Not the content type the route reads. */
        UNSUPPORTED,
        LIMIT_REACHED
    }

    private final Reason reason;

    public PlaygroundRefusal(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
