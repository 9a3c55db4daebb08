package io.groupbuy.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * News for chats, written in the same transaction as the change it reports and sent afterwards by a
 * relay, so a crash between the two neither loses nor doubles a message (the key dedupes).
 */
public interface OutboxStore {
    /** Stores the news unless one with the same key exists; true if stored. */
    boolean add(PendingNews news);

    /** Unsent news due at or before {@code now}, oldest first. */
    List<PendingNews> due(Instant now, int limit);

    /** The news with this key as it stands now, if it is still unsent. */
    Optional<PendingNews> unsent(String key);

    void markSent(String key, Instant at);

    /** Records a failed attempt and when to try again. */
    void postpone(String key, Instant nextAttemptAt, String note);

    long countUnsent();
}
