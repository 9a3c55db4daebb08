package io.groupbuy.line;

/** News could not be pushed to a LINE chat (refused, or still failing after the retries). */
public final class LineSendFailed extends RuntimeException {
    LineSendFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
