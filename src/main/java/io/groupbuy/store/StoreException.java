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
        /** Something tried to write inside a read transaction. */
        READ_ONLY,
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
