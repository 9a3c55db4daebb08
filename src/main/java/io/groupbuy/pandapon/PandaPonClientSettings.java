package io.groupbuy.pandapon;

import io.groupbuy.core.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Validated settings of a {@link PandaPonClient}. {@code toString} is safe to log: the secret prints
 * as {@code ***}.
 *
 * @param readRetries  extra attempts for idempotent reads after an Unavailable/Malformed answer
 * @param retryBackoff base of the exponential backoff (attempt n waits base * 2^(n-1) plus jitter)
 */
public record PandaPonClientSettings(
        String baseUrl,
        String accessKey,
        Secret secretKey,
        String userId,
        Signer signer,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        int readRetries,
        Duration retryBackoff) {

    public static final String DEFAULT_BASE_URL = "https://api.pandapon.com";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(15);
    public static final int DEFAULT_READ_RETRIES = 2;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(200);

    public PandaPonClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI uri = URI.create(baseUrl.trim());
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("PandaPon baseUrl must be an http(s) URL, got '" + baseUrl + "'");
        }
        baseUrl = stripTrailingSlash(baseUrl.trim());
        accessKey = requireText(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        if (secretKey.isBlank()) {
            throw new IllegalArgumentException("PandaPon secretKey must not be blank");
        }
        userId = requireText(userId, "userId");
        Objects.requireNonNull(signer, "signer");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(callTimeout, "callTimeout");
        if (readRetries < 0 || readRetries > 10) {
            throw new IllegalArgumentException("readRetries must be 0..10, got " + readRetries);
        }
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        if (retryBackoff.isNegative()) {
            throw new IllegalArgumentException("retryBackoff must not be negative");
        }
    }

    /** Settings with the default timeouts (3 s / 10 s / 15 s) and retries (2, 200 ms base). */
    public static PandaPonClientSettings of(String baseUrl, String accessKey, Secret secretKey, String userId,
                                            Signer signer) {
        return new PandaPonClientSettings(baseUrl, accessKey, secretKey, userId, signer,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_CALL_TIMEOUT,
                DEFAULT_READ_RETRIES, DEFAULT_RETRY_BACKOFF);
    }

    public PandaPonClientSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new PandaPonClientSettings(baseUrl, accessKey, secretKey, userId, signer, connect, read, call,
                readRetries, retryBackoff);
    }

    public PandaPonClientSettings withRetries(int retries, Duration backoff) {
        return new PandaPonClientSettings(baseUrl, accessKey, secretKey, userId, signer,
                connectTimeout, readTimeout, callTimeout, retries, backoff);
    }

    public PandaPonClientSettings withSigner(Signer newSigner) {
        return new PandaPonClientSettings(baseUrl, accessKey, secretKey, userId, newSigner,
                connectTimeout, readTimeout, callTimeout, readRetries, retryBackoff);
    }

    public PandaPonClientSettings withSecretKey(Secret newSecret) {
        return new PandaPonClientSettings(baseUrl, accessKey, newSecret, userId, signer,
                connectTimeout, readTimeout, callTimeout, readRetries, retryBackoff);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("PandaPon " + name + " must not be blank");
        }
        return value.trim();
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
