package io.groupbuy.store;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code jdbc:sqlite:} URL taken apart: whether it names an in-memory database (each connection to
 * one would see its own empty database, so all work goes through one connection), the file it names,
 * and the pragma overrides in its query ({@code jdbc:sqlite:data/groupbuy.db?synchronous=NORMAL}).
 */
record SqliteUrl(String jdbcUrl, String connectUrl, boolean inMemory, Path file, Map<String, String> pragmas) {
    static final String PREFIX = "jdbc:sqlite:";

    static SqliteUrl parse(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("only jdbc:sqlite: URLs are supported, got " + jdbcUrl);
        }
        String rest = jdbcUrl.substring(PREFIX.length());
        boolean memory = rest.isEmpty() || rest.contains(":memory:") || rest.contains("mode=memory");
        if (rest.startsWith("file:")) {
            // An SQLite URI: its query belongs to SQLite (mode, cache), not to us.
            String path = rest.substring("file:".length()).split("\\?", 2)[0];
            return new SqliteUrl(jdbcUrl, jdbcUrl, memory, memory ? null : Path.of(decode(path)), Map.of());
        }
        String[] parts = rest.split("\\?", 2);
        Map<String, String> pragmas = new LinkedHashMap<>();
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                if (!kv[0].isBlank()) {
                    pragmas.put(decode(kv[0]), kv.length == 2 ? decode(kv[1]) : "");
                }
            }
        }
        return new SqliteUrl(jdbcUrl, PREFIX + parts[0], memory, memory ? null : Path.of(parts[0]), Map.copyOf(pragmas));
    }

    /** A file database's folder must exist before SQLite can create the file. */
    void createParentDirectory() {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, "open " + jdbcUrl,
                    "cannot create directory " + parent, e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
