package io.groupbuy.pandapon;

import io.groupbuy.core.Secret;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The five system headers of API.md §2.1, with the timestamp in epoch milliseconds and a 32-char nonce. */
public final class SystemHeaders {
    public static final String ACCESS_KEY = "access-key";
    public static final String TIMESTAMP = "timestamp";
    public static final String NONCE = "nonce-str";
    public static final String USER_ID = "user-id";
    public static final String SIGNATURE = "signature";
    /** Warehouse endpoints (API.md §2.4) repeat the timestamp and signature as query parameters. */
    public static final String WAREHOUSE_SIGN_PARAM = "sign";

    private final String accessKey;
    private final Secret secret;
    private final String userId;
    private final Signer signer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SystemHeaders(String accessKey, Secret secret, String userId, Signer signer, Clock clock) {
        this.accessKey = accessKey;
        this.secret = secret;
        this.userId = userId;
        this.signer = signer;
        this.clock = clock;
    }

    /** A fresh header set: new timestamp, new nonce, new signature. Ordered for readable dumps. */
    public Map<String, String> next() {
        String timestamp = Long.toString(clock.millis());
        String nonce = nonce();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ACCESS_KEY, accessKey);
        headers.put(TIMESTAMP, timestamp);
        headers.put(NONCE, nonce);
        headers.put(USER_ID, userId);
        headers.put(SIGNATURE, signer.sign(accessKey, timestamp, nonce, secret));
        return headers;
    }

    /** 32 lower-case hex characters from a CSPRNG. */
    public String nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
