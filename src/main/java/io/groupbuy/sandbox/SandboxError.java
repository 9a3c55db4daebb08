package io.groupbuy.sandbox;

/**
 * A refusal in the documented envelope (HTTP 200, {@code code != 200}). The codes are the
 * simulator's own convention (API.md §3.2), not PandaPon's unpublished table.
 */
final class SandboxError extends RuntimeException {
    static final int BAD_REQUEST = 400;
    static final int UNAUTHORIZED = 401;
    static final int NOT_FOUND = 404;
    static final int TIMESTAMP_SKEW = 408;
    static final int CONFLICT = 409;
    static final int INTERNAL = 500;

    private final int code;

    SandboxError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }
}
