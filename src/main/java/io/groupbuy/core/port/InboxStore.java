package io.groupbuy.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every inbound event (Telegram update, LINE webhook event, PandaPon callback) is recorded here under a
 * unique (source, event id) before it counts as received; a repeat is dropped. Processing happens
 * after, from the stored payload, so a crash loses nothing.
 *
 * <p>{@link #claimOperation} gives exactly-once effects: a use case that changes state claims its
 * operation key in the same transaction as the change, so handling an event again after a crash
 * changes nothing twice.
 */
public interface InboxStore {
    /** Records the event if it is new; false if (source, eventId) was seen before. */
    boolean offer(InboxEvent event);

    /** Pending events in arrival order. */
    List<InboxEvent> pending(String source, int limit);

    Optional<InboxEvent> find(String source, String eventId);

    void markDone(long seq, Instant at);

    /** Leaves the event stored with a state such as FAILED or UNMATCHED and a short note for operators. */
    void markState(long seq, InboxEvent.State state, String note, Instant at);

    void incrementAttempts(long seq);

    long count(String source, InboxEvent.State state);

    /** True the first time a key is claimed; false if an earlier transaction already applied it. */
    boolean claimOperation(String operationKey, Instant at);
}
