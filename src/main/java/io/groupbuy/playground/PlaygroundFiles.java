package io.groupbuy.playground;

import io.groupbuy.playground.PlaygroundRefusal.Reason;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Photos members sent and files the bot sent (CSV exports), in memory, so the page can show and
 * download them. Bounded by count and bytes; the oldest go first. Ids are random, not counted.
 */
public final class PlaygroundFiles {
    public static final int MAX_FILES = 200;
    public static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored file; {@code fileName} is null for photos. */
    public record StoredFile(String id, byte[] bytes, String contentType, String fileName) {
    }

    private final Map<String, StoredFile> files = new LinkedHashMap<>();
    private long totalBytes;

    public synchronized StoredFile put(byte[] bytes, String contentType, String fileName) {
        if (bytes.length > MAX_TOTAL_BYTES / 4) {
            throw new PlaygroundRefusal(Reason.TOO_LARGE, "file too large");
        }
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        StoredFile f = new StoredFile("f-" + HexFormat.of().formatHex(random), bytes.clone(), contentType, fileName);
        files.put(f.id(), f);
        totalBytes += bytes.length;
        Iterator<StoredFile> oldest = files.values().iterator();
        while ((files.size() > MAX_FILES || totalBytes > MAX_TOTAL_BYTES) && oldest.hasNext()) {
            StoredFile gone = oldest.next();
            if (gone == f) {
                break;
            }
            totalBytes -= gone.bytes().length;
            oldest.remove();
        }
        return f;
    }

    public synchronized Optional<StoredFile> get(String id) {
        return Optional.ofNullable(id == null ? null : files.get(id));
    }

    /** Where the page downloads a stored file. */
    public static String url(StoredFile f) {
        return "/playground/api/files/" + f.id();
    }

    /** The picture type from its first bytes (PNG, JPEG, GIF, WebP), or empty when it is none of them. */
    public static Optional<String> imageType(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("image/gif");
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}
