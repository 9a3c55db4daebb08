package io.groupbuy.line;

import io.groupbuy.core.port.CartStore;
import io.groupbuy.core.port.ButtonStore;
import io.groupbuy.core.port.ChatStore;
import io.groupbuy.core.port.CheckoutStore;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.InboxStore;
import io.groupbuy.core.port.OrderStore;
import io.groupbuy.core.port.OutboxStore;
import io.groupbuy.core.port.Stores;
import io.groupbuy.core.port.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Transactions with only an in-memory inbox, for adapter tests that use a scripted conversation
 * (the full-flow tests use the real stores).
 */
final class InboxOnlyTransactions implements Transactions {
    private final MemoryInbox inbox = new MemoryInbox();
    private final Stores stores = new Stores() {
        @Override
        public ChatStore chats() {
            throw new IllegalStateException("not in adapter tests");
        }

        @Override
        public CartStore carts() {
            throw new IllegalStateException("not in adapter tests");
        }

        @Override
        public CheckoutStore checkouts() {
            throw new IllegalStateException("not in adapter tests");
        }

        @Override
        public OrderStore orders() {
            throw new IllegalStateException("not in adapter tests");
        }

        @Override
        public InboxStore inbox() {
            return inbox;
        }

        @Override
        public ButtonStore buttons() {
            throw new IllegalStateException("not in adapter tests");
        }

        @Override
        public OutboxStore outbox() {
            throw new IllegalStateException("not in adapter tests");
        }
    };

    @Override
    public synchronized <T> T write(Function<Stores, T> work) {
        return work.apply(stores);
    }

    @Override
    public synchronized <T> T read(Function<Stores, T> work) {
        return work.apply(stores);
    }

    MemoryInbox inbox() {
        return inbox;
    }

    static final class MemoryInbox implements InboxStore {
        private final List<InboxEvent> events = new ArrayList<>();
        private final Set<String> operations = new HashSet<>();

        @Override
        public synchronized boolean offer(InboxEvent e) {
            if (find(e.source(), e.eventId()).isPresent()) {
                return false;
            }
            events.add(new InboxEvent(events.size() + 1, e.source(), e.eventId(), e.chatKey(), e.payload(),
                    e.receivedAt(), InboxEvent.State.PENDING, 0, null));
            return true;
        }

        @Override
        public synchronized List<InboxEvent> pending(String source, int limit) {
            return events.stream().filter(e -> e.source().equals(source) && e.state() == InboxEvent.State.PENDING)
                    .limit(limit).toList();
        }

        @Override
        public synchronized Optional<InboxEvent> find(String source, String eventId) {
            return events.stream().filter(e -> e.source().equals(source) && e.eventId().equals(eventId)).findFirst();
        }

        @Override
        public synchronized void markDone(long seq, Instant at) {
            markState(seq, InboxEvent.State.DONE, null, at);
        }

        @Override
        public synchronized void markState(long seq, InboxEvent.State state, String note, Instant at) {
            InboxEvent e = events.get((int) seq - 1);
            events.set((int) seq - 1, new InboxEvent(e.seq(), e.source(), e.eventId(), e.chatKey(), e.payload(),
                    e.receivedAt(), state, e.attempts(), note));
        }

        @Override
        public synchronized void incrementAttempts(long seq) {
            InboxEvent e = events.get((int) seq - 1);
            events.set((int) seq - 1, new InboxEvent(e.seq(), e.source(), e.eventId(), e.chatKey(), e.payload(),
                    e.receivedAt(), e.state(), e.attempts() + 1, e.note()));
        }

        @Override
        public synchronized long count(String source, InboxEvent.State state) {
            return events.stream().filter(e -> e.source().equals(source) && e.state() == state).count();
        }

        @Override
        public synchronized boolean claimOperation(String operationKey, Instant at) {
            return operations.add(operationKey);
        }

        synchronized List<InboxEvent> all() {
            return List.copyOf(events);
        }
    }
}
