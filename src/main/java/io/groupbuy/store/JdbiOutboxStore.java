package io.groupbuy.store;

import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.port.OutboxStore;
import io.groupbuy.core.port.PendingNews;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

final class JdbiOutboxStore implements OutboxStore {
    private final Handle h;

    JdbiOutboxStore(Handle h) {
        this.h = h;
    }

    @Override
    public boolean add(PendingNews n) {
        return h.createUpdate("INSERT INTO outbox (news_key, chat_key, kind, order_id, ref_id, from_status, to_status,"
                        + " created_at, attempts, next_attempt_at) VALUES (:key, :chat, :kind, :order, :ref, :from,"
                        + " :to, :created, :attempts, :next) ON CONFLICT (news_key) DO NOTHING")
                .bind("key", n.key())
                .bind("chat", n.chat().key())
                .bind("kind", n.kind().name())
                .bind("order", n.orderId())
                .bind("ref", n.refId())
                .bind("from", n.from() == null ? null : n.from().name())
                .bind("to", n.to() == null ? null : n.to().name())
                .bind("created", Rows.millis(n.createdAt()))
                .bind("attempts", n.attempts())
                .bind("next", Rows.millis(n.nextAttemptAt()))
                .execute() == 1;
    }

    @Override
    public List<PendingNews> due(Instant now, int limit) {
        return h.createQuery("SELECT * FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= :now"
                        + " ORDER BY created_at, news_key LIMIT :limit")
                .bind("now", Rows.millis(now))
                .bind("limit", limit)
                .map((rs, ctx) -> news(rs))
                .list();
    }

    @Override
    public Optional<PendingNews> unsent(String key) {
        return h.createQuery("SELECT * FROM outbox WHERE news_key = :key AND sent_at IS NULL")
                .bind("key", key)
                .map((rs, ctx) -> news(rs))
                .findOne();
    }

    @Override
    public void markSent(String key, Instant at) {
        h.createUpdate("UPDATE outbox SET sent_at = :at WHERE news_key = :key")
                .bind("key", key).bind("at", Rows.millis(at)).execute();
    }

    @Override
    public void postpone(String key, Instant nextAttemptAt, String note) {
        h.createUpdate("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :next, note = :note"
                        + " WHERE news_key = :key")
                .bind("key", key).bind("next", Rows.millis(nextAttemptAt)).bind("note", note).execute();
    }

    @Override
    public long countUnsent() {
        return h.createQuery("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").mapTo(Long.class).one();
    }

    private static PendingNews news(ResultSet rs) throws SQLException {
        String from = rs.getString("from_status");
        String to = rs.getString("to_status");
        return new PendingNews(rs.getString("news_key"), Rows.chat(rs.getString("chat_key")),
                PendingNews.Kind.valueOf(rs.getString("kind")), rs.getLong("order_id"), rs.getLong("ref_id"),
                from == null ? null : OrderStatus.valueOf(from), to == null ? null : OrderStatus.valueOf(to),
                Rows.instant(rs, "created_at"), rs.getInt("attempts"), Rows.instant(rs, "next_attempt_at"));
    }
}
