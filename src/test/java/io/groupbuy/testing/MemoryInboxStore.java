package io.groupbuy.testing;

import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.InboxStore;
import io.groupbuy.store.StoreException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

final class MemoryInboxStore implements InboxStore {
    private final MemoryData data;
    private final MemoryStores tx;

    MemoryInboxStore(MemoryData data, MemoryStores tx) {
        this.data = data;
        this.tx = tx;
    }

    @Override
    public boolean offer(InboxEvent e) {
        tx.change("offer inbox event");
        if (find(e.source(), e.eventId()).isPresent()) {
            return false;
        }
        long seq = data.next("inbox");
        data.inbox.put(seq, new InboxEvent(seq, e.source(), e.eventId(), e.chatKey(), e.payload(), e.receivedAt(),
                e.state(), e.attempts(), e.note()));
        return true;
    }

    @Override
    public List<InboxEvent> pending(String source, int limit) {
        return data.inbox.values().stream()
                .filter(e -> e.source().equals(source) && e.state() == InboxEvent.State.PENDING)
                .limit(limit < 0 ? Long.MAX_VALUE : limit)
                .toList();
    }

    @Override
    public Optional<InboxEvent> find(String source, String eventId) {
        return data.inbox.values().stream()
                .filter(e -> e.source().equals(source) && e.eventId().equals(eventId))
                .findFirst();
    }

    @Override
    public void markDone(long seq, Instant at) {
        update(seq, "mark inbox event done", e -> with(e, InboxEvent.State.DONE, e.attempts(), e.note()));
    }

    @Override
    public void markState(long seq, InboxEvent.State state, String note, Instant at) {
        update(seq, "mark inbox event state", e -> with(e, state, e.attempts(), note));
    }

    @Override
    public void incrementAttempts(long seq) {
        update(seq, "count inbox attempt", e -> with(e, e.state(), e.attempts() + 1, e.note()));
    }

    @Override
    public long count(String source, InboxEvent.State state) {
        return data.inbox.values().stream().filter(e -> e.source().equals(source) && e.state() == state).count();
    }

    @Override
    public boolean claimOperation(String operationKey, Instant at) {
        tx.change("claim operation");
        if (data.operations.containsKey(operationKey)) {
            return false;
        }
        data.operations.put(operationKey, MemoryStores.notNull(at, "claim operation", "applied_operations.applied_at"));
        return true;
    }

    private void update(long seq, String context, UnaryOperator<InboxEvent> change) {
        tx.change(context);
        InboxEvent e = data.inbox.get(seq);
        if (e == null) {
            throw StoreException.notFound(context, "inbox event " + seq);
        }
        data.inbox.put(seq, change.apply(e));
    }

    private static InboxEvent with(InboxEvent e, InboxEvent.State state, int attempts, String note) {
        return new InboxEvent(e.seq(), e.source(), e.eventId(), e.chatKey(), e.payload(), e.receivedAt(), state,
                attempts, note);
    }
}
