package io.groupbuy.pandapon;

import io.groupbuy.core.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The three candidate signature strategies of API.md §2.3, by their {@code PANDAPON_SIGNER} names. */
public final class Signers {
    /** H1 (default): MD5 of {@code access-key=..&nonce-str=..&timestamp=..&secret=..}, upper-case hex. */
    public static final Signer MD5_SORTED = new Named("md5-sorted",
            (ak, ts, nonce, secret) -> md5(sortedPairs(ak, ts, nonce) + "&secret=" + secret.reveal()));
    /** H2: MD5 of the raw values in the manual's table order, then the secret. */
    public static final Signer MD5_CONCAT = new Named("md5-concat",
            (ak, ts, nonce, secret) -> md5(ak + ts + nonce + secret.reveal()));
    /** H3: HMAC-MD5 keyed with the secret over the sorted pairs. */
    public static final Signer HMAC_MD5 = new Named("hmac-md5",
            (ak, ts, nonce, secret) -> hmacMd5(secret, sortedPairs(ak, ts, nonce)));

    public static final String DEFAULT_NAME = "md5-sorted";
    private static final List<Signer> ALL = List.of(MD5_SORTED, MD5_CONCAT, HMAC_MD5);

    private Signers() {
    }

    /** The strategy for a {@code PANDAPON_SIGNER} value (case-insensitive). */
    public static Signer byName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Signer s : ALL) {
            if (s.toString().equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "unknown PandaPon signer '" + name + "'; allowed values: " + String.join(", ", names()));
    }

    public static List<String> names() {
        return ALL.stream().map(Signer::toString).toList();
    }

    private static String sortedPairs(String accessKey, String timestamp, String nonceStr) {
        // Names in lexical order: access-key < nonce-str < timestamp.
        return "access-key=" + accessKey + "&nonce-str=" + nonceStr + "&timestamp=" + timestamp;
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    private static String hmacMd5(Secret secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacMD5"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacMD5 is missing from this JVM", e);
        }
    }

    /** Gives each strategy its configuration name as {@code toString}, for logs and error messages. */
    private record Named(String name, Signer delegate) implements Signer {
        @Override
        public String sign(String accessKey, String timestamp, String nonceStr, Secret secret) {
            return delegate.sign(accessKey, timestamp, nonceStr, secret);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
