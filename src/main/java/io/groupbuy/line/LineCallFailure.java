package io.groupbuy.line;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A LINE API call that did not succeed, sorted by what the caller may conclude from it. */
final class LineCallFailure extends Exception {
    /** Longer than the client's own timeouts: only a stuck call ever reaches it. */
    private static final long CALL_TIMEOUT_SECONDS = 30;

    enum Kind {
        /** 4xx other than 409 and 429: LINE refused the request; sending it again changes nothing. */
        REJECTED,
        /** 409: a push with this retry key was accepted before. */
        ALREADY_ACCEPTED,
        /** 429 or 5xx answered: not processed; the same request may succeed later. */
        TRANSIENT,
        /** No answer (connection lost, timeout): LINE may or may not have processed the request. */
        UNCERTAIN
    }

    private final Kind kind;
    private final int status;
    private final String error;

    private LineCallFailure(Kind kind, int status, String error, Throwable cause) {
        super(kind + (status > 0 ? " " + status : "") + (error == null ? "" : ": " + error), cause, false, false);
        this.kind = kind;
        this.status = status;
        this.error = error;
    }

    Kind kind() {
        return kind;
    }

    /** HTTP status, or 0 when there was no answer. */
    int status() {
        return status;
    }

    /** LINE's {@code message}, e.g. "Invalid reply token". */
    String error() {
        return error == null ? "" : error;
    }

    boolean isInvalidReplyToken() {
        return kind == Kind.REJECTED && status == 400 && error().toLowerCase(java.util.Locale.ROOT)
                .contains("invalid reply token");
    }

    /** Waits for an SDK call and returns its body, or throws the failure sorted by kind. */
    static <T> T await(CompletableFuture<Result<T>> call) throws LineCallFailure {
        try {
            Result<T> result = call.get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return result.body();
        } catch (ExecutionException e) {
            throw of(e.getCause());
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new LineCallFailure(Kind.UNCERTAIN, 0, "no answer within " + CALL_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LineCallFailure(Kind.UNCERTAIN, 0, "interrupted", e);
        }
    }

    static LineCallFailure of(Throwable cause) {
        if (cause instanceof AbstractLineClientException answered) {
            // Answered with a non-2xx status; the body is LINE's JSON error unless a proxy sent something else.
            int code = answered.getCode();
            Kind kind = code == 409 ? Kind.ALREADY_ACCEPTED
                    : code == 429 || code >= 500 ? Kind.TRANSIENT
                    : Kind.REJECTED;
            String error = cause instanceof MessagingApiClientException api ? api.getError() : null;
            return new LineCallFailure(kind, code, error, cause);
        }
        return new LineCallFailure(Kind.UNCERTAIN, 0, cause == null ? null : cause.getClass().getSimpleName(), cause);
    }
}
