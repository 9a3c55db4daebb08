package io.groupbuy.sandbox;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fault injected into the sandbox's API routes (never the admin routes).
 *
 * @param endpoint    {@code *}, a path ({@code /open/order}) or an endpoint name ({@code TAOBAO_ORDER_CREATE})
 * @param latencyMs   LATENCY: delay before the normal answer (the shortest, with a range)
 * @param latencyMaxMs LATENCY: the longest delay; each call draws uniformly from latencyMs..latencyMaxMs
 *                    (equal to latencyMs, or 0, for a fixed delay)
 * @param code        CODE: envelope code to answer with (HTTP 200)
 * @param msg         CODE: envelope msg
 * @param httpStatus  HTTP_5XX: the status (500..599)
 * @param count       how many calls it hits; 0 or less = until cleared (DOWN always is)
 */
public record SandboxFault(String endpoint, Kind kind, long latencyMs, long latencyMaxMs, int code, String msg,
                           int httpStatus, int count) {

    public enum Kind {
        /** Answer normally, but only after {@code latencyMs} (or a random delay up to {@code latencyMaxMs}). */
        LATENCY,
        /** Answer HTTP 200 with the envelope {@code code}/{@code msg}. */
        CODE,
        /** Answer with {@code httpStatus} and a non-JSON body. */
        HTTP_5XX,
        /** Answer HTTP 200 with a truncated JSON body. */
        MALFORMED,
        /** Close the connection without answering. */
        DROP_CONNECTION,
        /** Every call: HTTP 503, until cleared. */
        DOWN
    }

    public SandboxFault {
        endpoint = endpoint == null || endpoint.isBlank() ? "*" : endpoint.trim();
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.LATENCY && (latencyMs <= 0 || latencyMs > 120_000)) {
            throw new IllegalArgumentException("LATENCY needs latencyMs 1..120000, got " + latencyMs);
        }
        latencyMaxMs = kind == Kind.LATENCY && latencyMaxMs == 0 ? latencyMs : latencyMaxMs;
        if (kind == Kind.LATENCY && (latencyMaxMs < latencyMs || latencyMaxMs > 120_000)) {
            throw new IllegalArgumentException("LATENCY needs latencyMaxMs latencyMs..120000, got " + latencyMaxMs);
        }
        if (kind == Kind.HTTP_5XX && (httpStatus < 500 || httpStatus > 599)) {
            throw new IllegalArgumentException("HTTP_5XX needs httpStatus 500..599, got " + httpStatus);
        }
        if (kind == Kind.CODE && code == 200) {
            throw new IllegalArgumentException("CODE needs a failure code, not 200");
        }
        if (kind == Kind.DOWN) {
            count = 0;
        }
    }

    /** The fields of the earlier, fixed-latency shape; {@code latencyMaxMs} = {@code latencyMs}. */
    public SandboxFault(String endpoint, Kind kind, long latencyMs, int code, String msg, int httpStatus, int count) {
        this(endpoint, kind, latencyMs, 0, code, msg, httpStatus, count);
    }

    public static SandboxFault latency(String endpoint, long millis, int count) {
        return new SandboxFault(endpoint, Kind.LATENCY, millis, millis, 0, null, 0, count);
    }

    /** Each call waits a delay drawn uniformly from {@code minMillis..maxMillis} (both included). */
    public static SandboxFault latency(String endpoint, long minMillis, long maxMillis, int count) {
        return new SandboxFault(endpoint, Kind.LATENCY, minMillis, maxMillis, 0, null, 0, count);
    }

    public static SandboxFault code(String endpoint, int code, String msg, int count) {
        return new SandboxFault(endpoint, Kind.CODE, 0, code, msg, 0, count);
    }

    public static SandboxFault http5xx(String endpoint, int status, int count) {
        return new SandboxFault(endpoint, Kind.HTTP_5XX, 0, 0, null, status, count);
    }

    public static SandboxFault malformed(String endpoint, int count) {
        return new SandboxFault(endpoint, Kind.MALFORMED, 0, 0, null, 0, count);
    }

    public static SandboxFault dropConnection(String endpoint, int count) {
        return new SandboxFault(endpoint, Kind.DROP_CONNECTION, 0, 0, null, 0, count);
    }

    public static SandboxFault down() {
        return new SandboxFault("*", Kind.DOWN, 0, 0, null, 0, 0);
    }

    /** The delay of one call: fixed, or uniformly random within the range. */
    long drawLatencyMs() {
        return latencyMaxMs <= latencyMs ? latencyMs
                : ThreadLocalRandom.current().nextLong(latencyMs, latencyMaxMs + 1);
    }

    boolean matches(String path, String endpointName) {
        return endpoint.equals("*") || endpoint.equals(path) || endpoint.equalsIgnoreCase(endpointName);
    }
}
