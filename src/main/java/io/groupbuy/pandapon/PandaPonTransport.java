package io.groupbuy.pandapon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groupbuy.pandapon.PandaPonCallListener.Outcome;
import io.groupbuy.pandapon.wire.PandaPonEnvelope;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One signed call to PandaPon: headers, timeouts, status check before parsing, envelope, typed
 * errors, retries for reads only, one log line and one listener event per attempt.
 */
final class PandaPonTransport {
    private static final Logger log = LoggerFactory.getLogger(PandaPonClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_ERROR_BODY = 200;

    private final OkHttpClient http;
    private final PandaPonClientSettings settings;
    private final SystemHeaders headers;
    private final ObjectMapper mapper;
    private final Sleeper sleeper;
    private final PandaPonCallListener listener;
    private final Random jitter = new Random();
    private final HttpUrl base;

    PandaPonTransport(OkHttpClient http, PandaPonClientSettings settings, Clock clock, ObjectMapper mapper,
                      Sleeper sleeper, PandaPonCallListener listener) {
        // OkHttp would otherwise silently re-send a request whose connection failed, even a POST that
        // PandaPon may already have executed: a second order. Retries are ours alone, for reads only.
        this.http = http.newBuilder()
                .retryOnConnectionFailure(false)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .build();
        this.settings = settings;
        this.headers = new SystemHeaders(settings.accessKey(), settings.secretKey(), settings.userId(),
                settings.signer(), clock);
        this.mapper = mapper;
        this.sleeper = sleeper;
        this.listener = listener;
        this.base = HttpUrl.get(settings.baseUrl());
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Calls {@code endpoint} and converts the envelope's {@code data} to {@code type} (after
     * {@code normalize}); a {@code Void} type returns null.
     */
    <T> T call(PandaPonEndpoint endpoint, Map<String, String> query, Object body, JavaType type,
               UnaryOperator<JsonNode> normalize) {
        int attempts = endpoint.read() ? 1 + settings.readRetries() : 1;
        for (int attempt = 1; ; attempt++) {
            try {
                return once(endpoint, query, body, type, normalize, attempt);
            } catch (PandaPonException.Unavailable | PandaPonException.Malformed e) {
                if (attempt >= attempts) {
                    throw e;
                }
                backoff(endpoint, attempt, e);
            }
        }
    }

    private <T> T once(PandaPonEndpoint endpoint, Map<String, String> query, Object body, JavaType type,
                       UnaryOperator<JsonNode> normalize, int attempt) {
        long started = System.nanoTime();
        Request request = request(endpoint, query, body);
        int status = 0;
        PandaPonEnvelope envelope = null;
        try (Response response = http.newCall(request).execute()) {
            status = response.code();
            byte[] bytes = bodyBytes(response);
            if (status >= 500) {
                throw new PandaPonException.Unavailable(endpoint, "HTTP " + status, status, null);
            }
            if (status < 200 || status > 299) {
                throw new PandaPonException.HttpStatus(endpoint, status, start(bytes));
            }
            envelope = envelope(endpoint, bytes);
            if (!envelope.success()) {
                throw new PandaPonException.Rejected(endpoint,
                        envelope.code() == null ? -1 : envelope.code(), envelope.msg(), envelope.requestId());
            }
            T data = data(endpoint, envelope, type, normalize);
            finish(endpoint, Outcome.SUCCESS, started, status, envelope, attempt, null);
            return data;
        } catch (InterruptedIOException e) {
            PandaPonException failure = new PandaPonException.Unavailable(endpoint, "timeout: " + e.getMessage(), 0, e);
            finish(endpoint, Outcome.UNAVAILABLE, started, status, envelope, attempt, failure);
            throw failure;
        } catch (IOException e) {
            PandaPonException failure = new PandaPonException.Unavailable(endpoint, e.toString(), 0, e);
            finish(endpoint, Outcome.UNAVAILABLE, started, status, envelope, attempt, failure);
            throw failure;
        } catch (PandaPonException e) {
            finish(endpoint, outcome(e), started, status, envelope, attempt, e);
            throw e;
        }
    }

    private Request request(PandaPonEndpoint endpoint, Map<String, String> query, Object body) {
        Map<String, String> system = headers.next();
        HttpUrl.Builder url = base.newBuilder().encodedPath(endpoint.path());
        query.forEach(url::addQueryParameter);
        if (endpoint.warehouse()) {
            url.addQueryParameter(SystemHeaders.TIMESTAMP, system.get(SystemHeaders.TIMESTAMP));
            url.addQueryParameter(SystemHeaders.WAREHOUSE_SIGN_PARAM, system.get(SystemHeaders.SIGNATURE));
        }
        Request.Builder builder = new Request.Builder().url(url.build()).header("Accept", "application/json");
        system.forEach(builder::header);
        if (endpoint.method() == PandaPonEndpoint.Method.POST) {
            builder.post(RequestBody.create(json(endpoint, body), JSON));
        } else {
            builder.get();
        }
        return builder.build();
    }

    private byte[] json(PandaPonEndpoint endpoint, Object body) {
        try {
            return mapper.writeValueAsBytes(body == null ? mapper.createObjectNode() : body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise the body of " + endpoint, e);
        }
    }

    private static byte[] bodyBytes(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? new byte[0] : body.bytes();
    }

    private PandaPonEnvelope envelope(PandaPonEndpoint endpoint, byte[] bytes) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (IOException e) {
            throw new PandaPonException.Malformed(endpoint, null, "not JSON: " + start(bytes), e);
        }
        if (root == null || !root.isObject() || !root.hasNonNull("code")) {
            throw new PandaPonException.Malformed(endpoint, null, "no envelope: " + start(bytes), null);
        }
        try {
            return mapper.treeToValue(root, PandaPonEnvelope.class);
        } catch (IOException e) {
            throw new PandaPonException.Malformed(endpoint, null, "bad envelope: " + e.getMessage(), e);
        }
    }

    private <T> T data(PandaPonEndpoint endpoint, PandaPonEnvelope envelope, JavaType type,
                       UnaryOperator<JsonNode> normalize) {
        if (type.getRawClass() == Void.class) {
            return null;
        }
        JsonNode data = normalize.apply(envelope.data());
        if (data == null || data.isNull() || data.isMissingNode()) {
            throw new PandaPonException.Malformed(endpoint, envelope.requestId(), "no data in a success envelope", null);
        }
        try {
            return mapper.treeToValue(data, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new PandaPonException.Malformed(endpoint, envelope.requestId(),
                    "data does not fit " + type.getRawClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private void backoff(PandaPonEndpoint endpoint, int attempt, PandaPonException cause) {
        long baseMillis = settings.retryBackoff().toMillis();
        long delay = baseMillis * (1L << Math.min(attempt - 1, 10))
                + (baseMillis == 0 ? 0 : jitter.nextInt((int) Math.min(baseMillis, Integer.MAX_VALUE)));
        log.info("pandapon {} retry {} in {} ms after: {}", endpoint, attempt, delay, cause.getMessage());
        try {
            sleeper.sleep(Duration.ofMillis(delay));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PandaPonException.Unavailable(endpoint, "interrupted while waiting to retry", 0, e);
        }
    }

    private void finish(PandaPonEndpoint endpoint, Outcome outcome, long startedNanos, int status,
                        PandaPonEnvelope envelope, int attempt, PandaPonException failure) {
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        String requestId = envelope == null ? null : envelope.requestId();
        Integer code = envelope == null ? null : envelope.code();
        if (failure == null) {
            log.debug("pandapon {} ok http={} code={} requestId={} took={}ms attempt={}",
                    endpoint, status, code, requestId, took.toMillis(), attempt);
        } else {
            log.info("pandapon {} {} http={} code={} requestId={} took={}ms attempt={}: {}",
                    endpoint, outcome, status, code, requestId, took.toMillis(), attempt, failure.getMessage());
        }
        try {
            listener.onCall(endpoint, outcome, took, requestId);
        } catch (RuntimeException e) {
            log.warn("pandapon call listener failed", e);
        }
    }

    private static Outcome outcome(PandaPonException e) {
        if (e instanceof PandaPonException.Rejected) {
            return Outcome.REJECTED;
        }
        if (e instanceof PandaPonException.Unavailable) {
            return Outcome.UNAVAILABLE;
        }
        if (e instanceof PandaPonException.HttpStatus) {
            return Outcome.HTTP_STATUS;
        }
        return Outcome.MALFORMED;
    }

    private static String start(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, MAX_ERROR_BODY), StandardCharsets.UTF_8);
        return text.replaceAll("\\s+", " ");
    }
}
