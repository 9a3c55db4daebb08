package io.groupbuy.testing;

import io.groupbuy.core.port.OutboxStore;
import io.groupbuy.core.port.PendingNews;
import java.time.Instant;
import java.util.List;

/** News waiting to be sent, in insertion order; sent news is kept aside (as a row with sent_at would be). */
final class MemoryOutboxStore implements OutboxStore {
    private final MemoryData data;
    private final MemoryStores tx;

    MemoryOutboxStore(MemoryData data, MemoryStores tx) {
        this.data = data;
        this.tx = tx;
    }

    @Override
    public boolean add(PendingNews news) {
        tx.change("add news");
        if (data.outbox.containsKey(news.key()) || data.outboxSent.containsKey(news.key())) {
            return false;
        }
        data.outbox.put(news.key(), news);
        return true;
    }

    @Override
    public List<PendingNews> due(Instant now, int limit) {
        return data.outbox.values().stream()
                .filter(n -> !n.nextAttemptAt().isAfter(now))
                .limit(limit)
                .toList();
    }

    @Override
    public void markSent(String key, Instant at) {
        tx.change("mark news sent");
        if (data.outbox.remove(key) != null) {
            data.outboxSent.put(key, at);
        }
    }

    @Override
    public void postpone(String key, Instant nextAttemptAt, String note) {
        tx.change("postpone news");
        PendingNews n = data.outbox.get(key);
        if (n != null) {
            data.outbox.put(key, new PendingNews(n.key(), n.chat(), n.kind(), n.orderId(), n.refId(), n.from(), n.to(),
                    n.createdAt(), n.attempts() + 1, nextAttemptAt));
        }
    }

    @Override
    public long countUnsent() {
        return data.outbox.size();
    }
}
