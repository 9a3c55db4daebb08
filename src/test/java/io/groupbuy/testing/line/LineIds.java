package io.groupbuy.testing.line;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifiers shaped like the ones the LINE Platform hands out: user, group and room ids
 * ({@code U}/{@code C}/{@code R} + 32 lowercase hex), numeric message ids, reply and quote tokens,
 * request ids, and webhook event ids (ULIDs).
 */
public final class LineIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern CHAT_ID = Pattern.compile("[UCR][0-9a-f]{32}");
    private static final Pattern ULID = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Z]{25}");

    private LineIds() {
    }

    public static String userId() {
        return "U" + hex(16);
    }

    public static String groupId() {
        return "C" + hex(16);
    }

    public static String roomId() {
        return "R" + hex(16);
    }

    /** The id of a bot, as in a webhook's {@code destination}: it is a user id. */
    public static String botUserId() {
        return userId();
    }

    /** Numeric, 18 digits, like {@code 444573844083572737}. */
    public static String messageId() {
        long n = 100_000_000_000_000_000L + Math.floorMod(RANDOM.nextLong(), 900_000_000_000_000_000L);
        return Long.toString(n);
    }

    /** 32 lowercase hex characters, like {@code 757913772c4646b784d4b7ce46d12671}. */
    public static String replyToken() {
        return hex(16);
    }

    public static String quoteToken() {
        byte[] bytes = new byte[33];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String requestId() {
        return UUID.randomUUID().toString();
    }

    /** A ULID: 48-bit millisecond timestamp then 80 random bits, 26 Crockford base32 characters. */
    public static String ulid(long epochMillis) {
        char[] out = new char[26];
        long time = epochMillis & 0xFFFF_FFFF_FFFFL;
        for (int i = 9; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        long hi = RANDOM.nextLong() & 0xFF_FFFF_FFFFL; // 40 bits
        long lo = RANDOM.nextLong() & 0xFF_FFFF_FFFFL; // 40 bits
        for (int i = 17; i >= 10; i--) {
            out[i] = CROCKFORD[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = CROCKFORD[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }

    public static boolean isUlid(String s) {
        return s != null && ULID.matcher(s).matches();
    }

    /** True for a user, group or room id the Messaging API accepts as a push target. */
    public static boolean isChatId(String s) {
        return s != null && CHAT_ID.matcher(s).matches();
    }

    public static boolean isUserId(String s) {
        return isChatId(s) && s.charAt(0) == 'U';
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
