package io.groupbuy.sandbox;

/** A refused admin action. {@code code}: 400 bad input, 404 unknown order/product/line, 409 wrong state. */
public final class SandboxAdminException extends RuntimeException {
    private final int code;

    SandboxAdminException(int code, String message) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
