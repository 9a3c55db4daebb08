package io.groupbuy.sandbox;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Deterministic, realistic-looking ids. Mapped ids ({@code itemMapId}/{@code offerMapId}) are one
 * AES block over the numeric id, base64url: 22 characters like PandaPon's
 * {@code WUnUC1cILiBjt-Jv3lDdlQ}, and invertible without any table, so they survive restarts.
 */
final class SandboxIds {
    static final Pattern NUMERIC_ID = Pattern.compile("\\d{6,20}");
    private static final byte[] MAGIC = {'P', 'P'};
    private static final SecretKeySpec KEY = new SecretKeySpec(
            Arrays.copyOf(sha256("groupbuy-sandbox-id-map"), 16), "AES");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SandboxIds() {
    }

    static String mapId(CatalogPlatform platform, String numericId) {
        ByteBuffer block = ByteBuffer.allocate(16);
        block.put(MAGIC).put(groupByte(platform)).put((byte) 0);
        byte[] number = new BigInteger(numericId).toByteArray();
        block.position(16 - number.length);
        block.put(number);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(crypt(Cipher.ENCRYPT_MODE, block.array()));
    }

    /** The numeric id behind a mapped id of that platform group, if it is one of ours. */
    static Optional<String> numericId(CatalogPlatform platform, String mapId) {
        if (mapId == null || mapId.length() != 22) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(mapId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] block = crypt(Cipher.DECRYPT_MODE, raw);
        if (block[0] != MAGIC[0] || block[1] != MAGIC[1] || block[2] != groupByte(platform)) {
            return Optional.empty();
        }
        String id = new BigInteger(1, Arrays.copyOfRange(block, 4, 16)).toString();
        return NUMERIC_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** A stable pseudo-random number of {@code digits} digits whose first digit is {@code lead}. */
    static String digits(String seed, int digits, char lead) {
        BigInteger n = new BigInteger(1, sha256(seed));
        String tail = n.mod(BigInteger.TEN.pow(digits - 1)).toString();
        return lead + "0".repeat(digits - 1 - tail.length()) + tail;
    }

    /** 32 lower-case hex characters, like a 1688 specId. */
    static String hex32(String seed) {
        return HexFormat.of().formatHex(Arrays.copyOf(sha256(seed), 16));
    }

    /** Envelope requestId: 32 lower-case hex. */
    static String requestId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static long seed(String text) {
        return seed(text.getBytes(StandardCharsets.UTF_8));
    }

    static long seed(byte[] bytes) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(bytes)).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static byte groupByte(CatalogPlatform platform) {
        return (byte) (platform.taobaoApi() ? 'T' : 'A');
    }

    private static byte[] crypt(int mode, byte[] block) {
        try {
            Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding"); // one block: a keyed permutation
            cipher.init(mode, KEY);
            return cipher.doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is missing from this JVM", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
