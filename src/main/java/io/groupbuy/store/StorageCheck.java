package io.groupbuy.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Looks at the file system when SQLite fails in a way its own message does not explain ("unable to
 * open database file", "disk I/O error"): a read-only folder or file system, or a full disk. Runs only
 * after a failure, never on the write path.
 */
final class StorageCheck {
    /** Below this much free space SQLite cannot grow its WAL or shared-memory files. */
    static final long LOW_SPACE_BYTES = 256 * 1024;

    record Finding(StoreException.Kind kind, String explanation) {
    }

    private StorageCheck() {
    }

    static Optional<Finding> inspect(Path file) {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        if (!Files.isWritable(dir)) {
            return Optional.of(new Finding(StoreException.Kind.READ_ONLY, "the folder " + dir
                    + " is read-only (SQLite needs to write the database and its -wal and -shm files there)"));
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            return Optional.of(new Finding(StoreException.Kind.READ_ONLY, "the database file " + absolute
                    + " is read-only"));
        }
        try {
            long free = Files.getFileStore(dir).getUsableSpace();
            if (free < LOW_SPACE_BYTES) {
                return Optional.of(new Finding(StoreException.Kind.FULL, "the disk holding " + dir + " is full ("
                        + free / 1024 + " KB free)"));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
