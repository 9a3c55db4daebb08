package io.groupbuy.testing;

import io.groupbuy.core.port.OutboxStore;
import io.groupbuy.core.port.PendingNews;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
        return data.outbox.putIfAbsent(news.key(), news) == null;
    }

    @Override
    public List<PendingNews> due(Instant now, int limit) {
        return data.outbox.values().stream()
                .filter(n -> !data.outboxSent.containsKey(n.key()) && !n.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(PendingNews::createdAt).thenComparing(PendingNews::key))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<PendingNews> unsent(String key) {
        return data.outboxSent.containsKey(key) ? Optional.empty() : Optional.ofNullable(data.outbox.get(key));
    }

    @Override
    public void markSent(String key, Instant at) {
        tx.change("mark news sent");
        if (data.outbox.containsKey(key)) {
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
        return data.outbox.keySet().stream().filter(k -> !data.outboxSent.containsKey(k)).count();
    }
}
