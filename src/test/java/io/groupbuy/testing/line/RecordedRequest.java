package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request the fake received, as it arrived, with the status it was answered with.
 *
 * @param endpoint  which API it hit ({@link LineEndpoint#UNKNOWN} for anything else)
 * @param method    HTTP method
 * @param path      request path without the query
 * @param headers   header names in lower case
 * @param body      raw body bytes (empty for GET)
 * @param json      the body parsed as JSON, or null when it was empty or not JSON
 * @param status    the status sent, or {@code -1} when the connection was closed without an answer
 * @param requestId the {@code x-line-request-id} it got (also for errors)
 * @param receivedAt time from the fake's clock
 */
public record RecordedRequest(
        LineEndpoint endpoint,
        String method,
        String path,
        Map<String, List<String>> headers,
        byte[] body,
        JsonNode json,
        int status,
        String requestId,
        Instant receivedAt) {

    /** First value of a header, case-insensitive, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The {@code X-Line-Retry-Key} header, or null. */
    public String retryKey() {
        return header("X-Line-Retry-Key");
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status + (json == null ? "" : " " + json);
    }
}
