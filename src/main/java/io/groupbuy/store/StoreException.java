package io.groupbuy.store;

import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A storage failure: an SQL error, a constraint the data broke, a busy database, a row that should
 * have existed. It says what was being done ({@code context}) and, for SQLite errors, the extended
 * result code (e.g. {@code SQLITE_CONSTRAINT_UNIQUE}); bound values are never part of the message.
 */
public final class StoreException extends RuntimeException {
    /** What kind of failure, so callers can react without parsing messages. */
    public enum Kind {
        /** A unique, foreign-key, not-null or check constraint refused the change. */
        CONSTRAINT,
        /** The database or a connection stayed busy past the timeout. */
        BUSY,
        /** A write was refused as read-only: a read transaction, a read-only file, folder or file system. */
        READ_ONLY,
        /** The disk, or the database's own size limit ({@code max_page_count}), is full. */
        FULL,
        /** The file could not be opened, read or written (SQLITE_CANTOPEN, SQLITE_IOERR). */
        IO,
        /** An update named a row that does not exist. */
        NOT_FOUND,
        /** The database is closed. */
        CLOSED,
        OTHER
    }

    private final Kind kind;
    private final String context;
    private final String resultCode;

    public StoreException(Kind kind, String context, String detail, Throwable cause) {
        super(context + ": " + detail, cause);
        this.kind = kind;
        this.context = context;
        this.resultCode = sqliteCode(cause).map(Enum::name).orElse(null);
    }

    public static StoreException notFound(String context, String what) {
        return new StoreException(Kind.NOT_FOUND, context, what + " does not exist", null);
    }

    /** The storage itself is in trouble (full, read-only, unreadable): nothing will be written until it is fixed. */
    public boolean isStorageTrouble() {
        return kind == Kind.FULL || kind == Kind.READ_ONLY || kind == Kind.IO;
    }

    /**
     * The same failure, named by what the file system shows when SQLite's own words are vague
     * (SQLITE_CANTOPEN or an I/O error on a read-only or full disk): the explanation comes first.
     */
    StoreException diagnosed(java.nio.file.Path file) {
        if (file == null || !(isStorageTrouble() || kind == Kind.OTHER)) {
            return this;
        }
        Optional<StorageCheck.Finding> finding = StorageCheck.inspect(file);
        if (finding.isEmpty() && kind == Kind.FULL) {
            return new StoreException(kind, context, "the database or the disk is full: " + detail(), getCause());
        }
        return finding.map(f -> new StoreException(f.kind(), context, f.explanation() + " (" + detail() + ")",
                getCause())).orElse(this);
    }

    private String detail() {
        String m = getMessage();
        return m.startsWith(context + ": ") ? m.substring(context.length() + 2) : m;
    }

    public Kind kind() {
        return kind;
    }

    /** The operation that failed, e.g. "write transaction" or "open jdbc:sqlite:data/groupbuy.db". */
    public String context() {
        return context;
    }

    /** The SQLite extended result code name when SQLite reported the error. */
    public Optional<String> resultCode() {
        return Optional.ofNullable(resultCode);
    }

    /** Classifies an SQL failure by the SQLite result code found in its cause chain. */
    static Kind kindOf(Throwable failure) {
        return sqliteCode(failure).map(StoreException::kindOf).orElse(Kind.OTHER);
    }

    private static Kind kindOf(SQLiteErrorCode code) {
        return switch (code.code & 0xff) {
            case 19 -> Kind.CONSTRAINT; // SQLITE_CONSTRAINT and its extended codes
            case 5, 6 -> Kind.BUSY; // SQLITE_BUSY, SQLITE_LOCKED
            case 8 -> Kind.READ_ONLY; // SQLITE_READONLY
            case 13 -> Kind.FULL; // SQLITE_FULL
            case 10, 14 -> Kind.IO; // SQLITE_IOERR, SQLITE_CANTOPEN
            default -> Kind.OTHER;
        };
    }

    private static Optional<SQLiteErrorCode> sqliteCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException e) {
                return Optional.ofNullable(e.getResultCode());
            }
        }
        return Optional.empty();
    }
}
