package io.groupbuy.sandbox;

import io.groupbuy.pandapon.PandaPonEndpoint;
import io.groupbuy.pandapon.SystemHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Function;

/**
 * Checks the system headers like PandaPon should (API.md §2): all five present, known access key
 * and user, timestamp within ±600 s, signature by the configured strategy. Warehouse endpoints must
 * also carry matching {@code ?timestamp=&sign=}.
 */
final class SandboxAuth {
    static final long WINDOW_MILLIS = 600_000;
    private static final String[] REQUIRED = {SystemHeaders.ACCESS_KEY, SystemHeaders.TIMESTAMP, SystemHeaders.NONCE,
        SystemHeaders.USER_ID, SystemHeaders.SIGNATURE};

    private final SandboxOptions options;

    SandboxAuth(SandboxOptions options) {
        this.options = options;
    }

    /** The caller's user id, or a {@link SandboxError} with code 401/408. */
    String verify(PandaPonEndpoint endpoint, Function<String, String> header, Function<String, String> query) {
        for (String name : REQUIRED) {
            String value = header.apply(name);
            if (value == null || value.isBlank()) {
                throw new SandboxError(SandboxError.UNAUTHORIZED, "missing system header " + name);
            }
        }
        String userId = header.apply(SystemHeaders.USER_ID).trim();
        if (!options.userIds().isEmpty() && !options.userIds().contains(userId)) {
            throw new SandboxError(SandboxError.UNAUTHORIZED, "user-id " + userId + " is not a user of this account");
        }
        if (!constantTimeEquals(options.accessKey(), header.apply(SystemHeaders.ACCESS_KEY))) {
            throw new SandboxError(SandboxError.UNAUTHORIZED, "unknown access-key");
        }
        if (!options.verifySignatures()) {
            return userId;
        }
        String timestamp = header.apply(SystemHeaders.TIMESTAMP).trim();
        long millis;
        try {
            millis = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new SandboxError(SandboxError.UNAUTHORIZED, "timestamp must be epoch milliseconds, got " + timestamp);
        }
        long skew = Math.abs(options.clock().millis() - millis);
        if (skew > WINDOW_MILLIS) {
            throw new SandboxError(SandboxError.TIMESTAMP_SKEW, "timestamp is " + skew / 1000
                    + " s away from server time; the window is ±600 s (epoch milliseconds, UTC)");
        }
        String expected = options.signer().sign(options.accessKey(), timestamp,
                header.apply(SystemHeaders.NONCE), options.secretKey());
        if (!constantTimeEquals(expected, header.apply(SystemHeaders.SIGNATURE))) {
            throw new SandboxError(SandboxError.UNAUTHORIZED, "signature mismatch (sandbox signer "
                    + options.signer() + ")");
        }
        if (endpoint.warehouse() && !(constantTimeEquals(timestamp, query.apply(SystemHeaders.TIMESTAMP))
                && constantTimeEquals(expected, query.apply(SystemHeaders.WAREHOUSE_SIGN_PARAM)))) {
            throw new SandboxError(SandboxError.UNAUTHORIZED, "warehouse endpoints need ?timestamp=&sign= "
                    + "matching the headers");
        }
        return userId;
    }

    private static boolean constantTimeEquals(String expected, String presented) {
        return presented != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.trim().getBytes(StandardCharsets.UTF_8));
    }
}
