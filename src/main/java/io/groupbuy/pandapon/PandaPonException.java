package io.groupbuy.pandapon;

/**
 * Everything that can go wrong talking to PandaPon. Unchecked, sealed, and each kind carries the
 * endpoint and, when an envelope was read, PandaPon's requestId (quote it to their support).
 */
public abstract sealed class PandaPonException extends RuntimeException
        permits PandaPonException.Rejected, PandaPonException.Unavailable,
        PandaPonException.HttpStatus, PandaPonException.Malformed {
    private final PandaPonEndpoint endpoint;
    private final String requestId;

    private PandaPonException(PandaPonEndpoint endpoint, String requestId, String message, Throwable cause) {
        super(message, cause);
        this.endpoint = endpoint;
        this.requestId = requestId;
    }

    /** Null only for callbacks, which come from no endpoint. */
    public PandaPonEndpoint endpoint() {
        return endpoint;
    }

    /** Null when no envelope was read. */
    public String requestId() {
        return requestId;
    }

    private static String where(PandaPonEndpoint endpoint) {
        return endpoint == null ? "pandapon" : endpoint.toString();
    }

    /** The envelope said {@code code != 200}. Not retried: PandaPon answered and said no. */
    public static final class Rejected extends PandaPonException {
        private final int code;
        private final String msg;

        public Rejected(PandaPonEndpoint endpoint, int code, String msg, String requestId) {
            super(endpoint, requestId, where(endpoint) + " rejected: code=" + code + " msg=" + msg
                    + " requestId=" + requestId, null);
            this.code = code;
            this.msg = msg;
        }

        public int code() {
            return code;
        }

        public String msg() {
            return msg;
        }
    }

    /** No usable answer: connection refused or dropped, timeout, HTTP 5xx. Reads are retried. */
    public static final class Unavailable extends PandaPonException {
        private final int httpStatus;

        public Unavailable(PandaPonEndpoint endpoint, String message, int httpStatus, Throwable cause) {
            super(endpoint, null, where(endpoint) + " unavailable: " + message, cause);
            this.httpStatus = httpStatus;
        }

        /** The 5xx status, or 0 when no HTTP response arrived. */
        public int httpStatus() {
            return httpStatus;
        }
    }

    /** A non-2xx, non-5xx HTTP status (e.g. 403, 404, 429). */
    public static final class HttpStatus extends PandaPonException {
        private final int status;

        public HttpStatus(PandaPonEndpoint endpoint, int status, String bodyStart) {
            super(endpoint, null, where(endpoint) + " answered HTTP " + status + ": " + bodyStart, null);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The body was not the envelope, or its data did not have the expected shape. */
    public static final class Malformed extends PandaPonException {
        public Malformed(PandaPonEndpoint endpoint, String requestId, String message, Throwable cause) {
            super(endpoint, requestId, where(endpoint) + " sent a malformed body: " + message, cause);
        }
    }
}
