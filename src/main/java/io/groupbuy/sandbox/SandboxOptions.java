package io.groupbuy.sandbox;

import io.groupbuy.core.Secret;
import io.groupbuy.pandapon.Signer;
import io.groupbuy.pandapon.Signers;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link PandaPonSandbox} runs. Start from {@link #defaults()} and change what you need with
 * the {@code with…} methods.
 *
 * @param port                  0 picks a free port
 * @param bindHost              127.0.0.1 by default; 0.0.0.0 to serve other machines (Docker)
 * @param userIds               accepted {@code user-id} headers; empty accepts any
 * @param verifySignatures      false skips the signature and timestamp checks (headers still read)
 * @param callbackUrl           where callbacks go; null sends none (changeable at runtime by admin)
 * @param callbackRetryInterval wait between delivery attempts (PandaPon: 30 min)
 * @param callbackMaxRetries    retries after the first failed attempt (PandaPon: 5)
 * @param callbackTimeout       a receiver slower than this has failed (PandaPon: 1000 ms)
 * @param publicBaseUrl         base of picture and pay links; null means the sandbox's own URL
 * @param callbackBodyStyle     whether messageBody is sent as an object, a JSON string, or alternately
 */
public record SandboxOptions(
        int port,
        String bindHost,
        String accessKey,
        Secret secretKey,
        Set<String> userIds,
        Signer signer,
        boolean verifySignatures,
        Clock clock,
        String callbackUrl,
        Duration callbackRetryInterval,
        int callbackMaxRetries,
        Duration callbackTimeout,
        String publicBaseUrl,
        CallbackBodyStyle callbackBodyStyle) {

    /** Fake credentials the bot uses against its embedded sandbox when no PandaPon credentials are set. */
    public static final String DEFAULT_ACCESS_KEY = "sandbox-access-key";
    public static final Secret DEFAULT_SECRET = Secret.of("sandbox-secret-not-real");
    public static final String DEFAULT_USER_ID = "sandbox-user-1";

    /** How {@code messageBody} is encoded; PandaPon's schema says object, the clone sends a JSON string. */
    public enum CallbackBodyStyle { OBJECT, STRING, ALTERNATE }

    public SandboxOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("sandbox port must be 0..65535, got " + port);
        }
        if (bindHost == null || bindHost.isBlank()) {
            throw new IllegalArgumentException("sandbox bindHost must not be blank");
        }
        if (accessKey == null || accessKey.isBlank()) {
            throw new IllegalArgumentException("sandbox accessKey must not be blank");
        }
        Objects.requireNonNull(secretKey, "secretKey");
        if (secretKey.isBlank()) {
            throw new IllegalArgumentException("sandbox secretKey must not be blank");
        }
        userIds = userIds == null ? Set.of() : Set.copyOf(userIds);
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(clock, "clock");
        requirePositive(callbackRetryInterval, "callbackRetryInterval");
        requirePositive(callbackTimeout, "callbackTimeout");
        if (callbackMaxRetries < 0 || callbackMaxRetries > 100) {
            throw new IllegalArgumentException("callbackMaxRetries must be 0..100, got " + callbackMaxRetries);
        }
        Objects.requireNonNull(callbackBodyStyle, "callbackBodyStyle");
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : publicBaseUrl.replaceAll("/+$", "");
        callbackUrl = callbackUrl == null || callbackUrl.isBlank() ? null : callbackUrl.trim();
    }

    /** Ephemeral port on 127.0.0.1, default credentials, md5-sorted, signatures verified, no callbacks. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, "127.0.0.1", DEFAULT_ACCESS_KEY, DEFAULT_SECRET, Set.of(),
                Signers.MD5_SORTED, true, Clock.systemUTC(), null, Duration.ofMinutes(30), 5,
                Duration.ofMillis(1000), null, CallbackBodyStyle.ALTERNATE);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, bindHost, accessKey, secretKey, userIds, signer, verifySignatures, clock,
                callbackUrl, callbackRetryInterval, callbackMaxRetries, callbackTimeout, publicBaseUrl,
                callbackBodyStyle);
    }

    public SandboxOptions withBindHost(String host) {
        return new SandboxOptions(port, host, accessKey, secretKey, userIds, signer, verifySignatures, clock,
                callbackUrl, callbackRetryInterval, callbackMaxRetries, callbackTimeout, publicBaseUrl,
                callbackBodyStyle);
    }

    public SandboxOptions withCredentials(String key, Secret secret, Set<String> users) {
        return new SandboxOptions(port, bindHost, key, secret, users, signer, verifySignatures, clock,
                callbackUrl, callbackRetryInterval, callbackMaxRetries, callbackTimeout, publicBaseUrl,
                callbackBodyStyle);
    }

    public SandboxOptions withSigner(Signer newSigner) {
        return new SandboxOptions(port, bindHost, accessKey, secretKey, userIds, newSigner, verifySignatures, clock,
                callbackUrl, callbackRetryInterval, callbackMaxRetries, callbackTimeout, publicBaseUrl,
                callbackBodyStyle);
    }

    public SandboxOptions withVerifySignatures(boolean verify) {
        return new SandboxOptions(port, bindHost, accessKey, secretKey, userIds, signer, verify, clock,
                callbackUrl, callbackRetryInterval, callbackMaxRetries, callbackTimeout, publicBaseUrl,
                callbackBodyStyle);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(port, bindHost, accessKey, secretKey, userIds, signer, verifySignatures, newClock,
                callbackUrl, callbackRetryInterval, callbackMaxRetries, callbackTimeout, publicBaseUrl,
                callbackBodyStyle);
    }

    public SandboxOptions withCallbackUrl(String url) {
        return new SandboxOptions(port, bindHost, accessKey, secretKey, userIds, signer, verifySignatures, clock,
                url, callbackRetryInterval, callbackMaxRetries, callbackTimeout, publicBaseUrl, callbackBodyStyle);
    }

    public SandboxOptions withCallbackRetry(Duration interval, int maxRetries) {
        return new SandboxOptions(port, bindHost, accessKey, secretKey, userIds, signer, verifySignatures, clock,
                callbackUrl, interval, maxRetries, callbackTimeout, publicBaseUrl, callbackBodyStyle);
    }

    public SandboxOptions withCallbackTimeout(Duration timeout) {
        return new SandboxOptions(port, bindHost, accessKey, secretKey, userIds, signer, verifySignatures, clock,
                callbackUrl, callbackRetryInterval, callbackMaxRetries, timeout, publicBaseUrl, callbackBodyStyle);
    }

    public SandboxOptions withPublicBaseUrl(String url) {
        return new SandboxOptions(port, bindHost, accessKey, secretKey, userIds, signer, verifySignatures, clock,
                callbackUrl, callbackRetryInterval, callbackMaxRetries, callbackTimeout, url, callbackBodyStyle);
    }

    public SandboxOptions withCallbackBodyStyle(CallbackBodyStyle style) {
        return new SandboxOptions(port, bindHost, accessKey, secretKey, userIds, signer, verifySignatures, clock,
                callbackUrl, callbackRetryInterval, callbackMaxRetries, callbackTimeout, publicBaseUrl, style);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }
}
