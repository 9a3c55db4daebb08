package io.groupbuy.store;

import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.InboxStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

final class JdbiInboxStore implements InboxStore {
    private final Handle h;

    JdbiInboxStore(Handle h) {
        this.h = h;
    }

    @Override
    public boolean offer(InboxEvent e) {
        return h.createUpdate("INSERT INTO inbox (source, event_id, chat_key, payload, received_at, state, attempts,"
                        + " note, updated_at) VALUES (:source, :event, :chat, :payload, :received, :state, :attempts,"
                        + " :note, :received) ON CONFLICT (source, event_id) DO NOTHING")
                .bind("source", e.source())
                .bind("event", e.eventId())
                .bind("chat", e.chatKey())
                .bind("payload", e.payload())
                .bind("received", Rows.millis(e.receivedAt()))
                .bind("state", e.state().name())
                .bind("attempts", e.attempts())
                .bind("note", e.note())
                .execute() == 1;
    }

    @Override
    public List<InboxEvent> pending(String source, int limit) {
        return h.createQuery("SELECT * FROM inbox WHERE source = :source AND state = :pending ORDER BY seq LIMIT :limit")
                .bind("source", source)
                .bind("pending", InboxEvent.State.PENDING.name())
                .bind("limit", limit)
                .map((rs, ctx) -> event(rs))
                .list();
    }

    @Override
    public Optional<InboxEvent> find(String source, String eventId) {
        return h.createQuery("SELECT * FROM inbox WHERE source = :source AND event_id = :event")
                .bind("source", source)
                .bind("event", eventId)
                .map((rs, ctx) -> event(rs))
                .findOne();
    }

    @Override
    public void markDone(long seq, Instant at) {
        int updated = h.createUpdate("UPDATE inbox SET state = :state, updated_at = :at WHERE seq = :seq")
                .bind("state", InboxEvent.State.DONE.name())
                .bind("at", Rows.millis(at))
                .bind("seq", seq)
                .execute();
        Rows.requireOne(updated, "mark inbox event done", "inbox event " + seq);
    }

    @Override
    public void markState(long seq, InboxEvent.State state, String note, Instant at) {
        int updated = h.createUpdate("UPDATE inbox SET state = :state, note = :note, updated_at = :at WHERE seq = :seq")
                .bind("state", state.name())
                .bind("note", note)
                .bind("at", Rows.millis(at))
                .bind("seq", seq)
                .execute();
        Rows.requireOne(updated, "mark inbox event state", "inbox event " + seq);
    }

    @Override
    public void incrementAttempts(long seq) {
        int updated = h.createUpdate("UPDATE inbox SET attempts = attempts + 1 WHERE seq = :seq")
                .bind("seq", seq)
                .execute();
        Rows.requireOne(updated, "count inbox attempt", "inbox event " + seq);
    }

    @Override
    public long count(String source, InboxEvent.State state) {
        return h.createQuery("SELECT COUNT(*) FROM inbox WHERE source = :source AND state = :state")
                .bind("source", source)
                .bind("state", state.name())
                .mapTo(Long.class)
                .one();
    }

    @Override
    public boolean claimOperation(String operationKey, Instant at) {
        return h.createUpdate("INSERT INTO applied_operations (op_key, applied_at) VALUES (:key, :at)"
                        + " ON CONFLICT (op_key) DO NOTHING")
                .bind("key", operationKey)
                .bind("at", Rows.millis(at))
                .execute() == 1;
    }

    private static InboxEvent event(ResultSet rs) throws SQLException {
        return new InboxEvent(rs.getLong("seq"), rs.getString("source"), rs.getString("event_id"),
                rs.getString("chat_key"), rs.getString("payload"), Rows.instant(rs, "received_at"),
                InboxEvent.State.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("note"));
    }
}
