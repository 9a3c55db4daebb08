package io.groupbuy.testing.line;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link LineApiFake#failNext} does to a matching request instead of (or around) serving it.
 * A request whose bearer token is wrong gets its 401 first and does not use up a fault.
 */
public sealed interface Fault {

    /** Answer with this status and JSON body; the request is not processed (nothing delivered). */
    record Status(int status, String jsonBody) implements Fault {
        public Status {
            Objects.requireNonNull(jsonBody, "jsonBody");
        }
    }

    /** Wait, then serve the request normally. */
    record Delay(Duration duration) implements Fault {
        public Delay {
            Objects.requireNonNull(duration, "duration");
        }
    }

    /** Close the connection without answering; the request is not processed. */
    record DropConnection() implements Fault {
    }

    /**
     * Process the request (deliver, accept its retry key, use its reply token), then close the
     * connection without answering: the "did it go through?" case LINE's retry key exists for.
     */
    record LostResponse() implements Fault {
    }

    /** 429 with LINE's body for the per-endpoint rate limit. */
    static Fault rateLimited() {
        return new Status(429, "{\"message\":\"The API rate limit has been exceeded. Try again later.\"}");
    }

    /** 429 as LINE sends when the monthly message quota is used up. */
    static Fault monthlyLimitReached() {
        return new Status(429, "{\"message\":\"You have reached your monthly limit.\"}");
    }

    /** 500; the retry-key guide says a retry may then succeed. */
    static Fault serverError() {
        return new Status(500, "{\"message\":\"Internal server error\"}");
    }

    static Fault status(int status, String jsonBody) {
        return new Status(status, jsonBody);
    }

    static Fault delay(Duration duration) {
        return new Delay(duration);
    }

    static Fault dropConnection() {
        return new DropConnection();
    }

    static Fault lostResponse() {
        return new LostResponse();
    }
}
