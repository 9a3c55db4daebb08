package io.groupbuy.core;

/** PandaPon answered and said no (code != 200). The code and request id are for logs, not for chats. */
public final class UpstreamRejected extends GroupBuyException {
    private final String code;
    private final String requestId;

    public UpstreamRejected(String message, String code, String requestId, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.requestId = requestId;
    }

    public String code() {
        return code;
    }

    public String requestId() {
        return requestId;
    }
}
