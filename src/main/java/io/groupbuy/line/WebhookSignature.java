package io.groupbuy.line;

import io.groupbuy.core.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Line-Signature}: Base64(HMAC-SHA256(channel secret, raw body)), compared in
 * constant time. During a secret rotation the previous secret is accepted too (the SDK's
 * validator knows only one).
 */
final class WebhookSignature {
    private final List<Secret> secrets;

    WebhookSignature(Secret current, Optional<Secret> previous) {
        List<Secret> all = new ArrayList<>();
        all.add(current);
        previous.ifPresent(all::add);
        this.secrets = List.copyOf(all);
    }

    /** True when the header is well-formed Base64 and matches the body under one of the secrets. */
    boolean matches(String header, byte[] rawBody) {
        if (header == null || header.isBlank() || rawBody == null) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(header.trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        boolean ok = false;
        for (Secret secret : secrets) {
            // No early exit: the time taken does not tell which secret matched.
            ok |= MessageDigest.isEqual(hmac(secret, rawBody), presented);
        }
        return ok;
    }

    private static byte[] hmac(Secret secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
