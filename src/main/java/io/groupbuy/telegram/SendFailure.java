package io.groupbuy.telegram;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * Why a Bot API call failed, in the terms that decide what to do next. Telegram has no idempotency
 * key, so a request is only sent again when it cannot have been carried out, or when not sending it
 * again would lose it: a 429 (Telegram says it did nothing), a connection that was never made, or a
 * 5xx (Telegram, or the proxy in front of it, failed; losing the message is the worse outcome). A lost
 * answer leaves the message in doubt and is not repeated.
 */
sealed interface SendFailure {
    /** 429: nothing happened; wait {@code retryAfterSeconds} and send the same request again. */
    record RateLimited(int retryAfterSeconds) implements SendFailure {
    }

    /** The connection was never established: the request did not leave, retrying is safe. */
    record NotSent(String reason) implements SendFailure {
    }

    /** 5xx: the Bot API (or the gateway in front of it) failed the request; it may succeed a moment later. */
    record ServerError(int code, String description) implements SendFailure {
    }

    /** Telegram answered with a 4xx error (or the library refused the request): final, do not resend. */
    record Rejected(int code, String description, Long migrateToChatId) implements SendFailure {
        boolean notModified() {
            return description != null && description.toLowerCase(Locale.ROOT).contains("message is not modified");
        }
    }

    /** Sent, but no usable answer (read timeout, dropped connection): it may or may not have arrived. */
    record Uncertain(String reason) implements SendFailure {
    }

    Pattern RETRY_AFTER = Pattern.compile("retry after (\\d+)");

    static SendFailure of(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof TelegramApiRequestException e && e.getErrorCode() != null) {
            if (e.getErrorCode() == 429) {
                return new RateLimited(retryAfter(e));
            }
            if (e.getErrorCode() >= 500) {
                return new ServerError(e.getErrorCode(), e.getApiResponse());
            }
            Long migrate = e.getParameters() == null ? null : e.getParameters().getMigrateToChatId();
            return new Rejected(e.getErrorCode(), e.getApiResponse(), migrate);
        }
        if (t instanceof TelegramApiValidationException e) {
            return new Rejected(0, "invalid request: " + e.getMessage(), null);
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof NoRouteToHostException) {
                return new NotSent(c.getClass().getSimpleName());
            }
            if (c instanceof SocketTimeoutException && String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT)
                    .contains("connect")) {
                return new NotSent("connect timeout");
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return new Uncertain(c.getClass().getSimpleName() + ": " + c.getMessage());
            }
        }
        return new Uncertain(t.getClass().getSimpleName() + ": " + t.getMessage());
    }

    private static int retryAfter(TelegramApiRequestException e) {
        if (e.getParameters() != null && e.getParameters().getRetryAfter() != null) {
            return Math.max(1, e.getParameters().getRetryAfter());
        }
        Matcher m = RETRY_AFTER.matcher(String.valueOf(e.getApiResponse()));
        return m.find() ? Math.max(1, Integer.parseInt(m.group(1))) : 5;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof ExecutionException || c instanceof CompletionException) && c.getCause() != null) {
            c = c.getCause();
        }
        // execute() wraps async failures in a TelegramApiException whose cause is the real one
        if (!(c instanceof TelegramApiRequestException) && c.getCause() instanceof TelegramApiRequestException r) {
            return r;
        }
        return c;
    }
}
