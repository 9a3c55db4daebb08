package io.groupbuy.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

/**
 * The progress of one batch of messages to a chat: {@link #first()} completes when the first is
 * delivered, {@link #all()} when every message reached its end: normally if each was delivered (or
 * possibly delivered, see SendFailure.Uncertain), exceptionally if any was refused or could not be sent.
 */
final class OutboundTicket {
    private final CompletableFuture<Void> first = new CompletableFuture<>();
    private final CompletableFuture<Void> all = new CompletableFuture<>();
    private final IntConsumer onDelivered;
    private final List<String> failures = new ArrayList<>();
    private int remaining;
    private boolean anySent;
    private boolean stopped;

    OutboundTicket(int messages, IntConsumer onDelivered) {
        this.remaining = messages;
        this.onDelivered = onDelivered;
        if (messages == 0) {
            first.complete(null);
            all.complete(null);
        }
    }

    /** Refused because the channel is stopping: nothing was sent. */
    static OutboundTicket refusedAtStop(String reason) {
        OutboundTicket t = new OutboundTicket(1, i -> { });
        t.failedAtStop(reason);
        return t;
    }

    /**
     * Ended without any of its messages sent (or possibly sent) because the channel stopped: the event
     * it answers may be handled again at the next start without showing anything twice.
     */
    synchronized boolean unsentAtStop() {
        return stopped && !anySent && remaining == 0;
    }

    public CompletableFuture<Void> first() {
        return first;
    }

    public CompletableFuture<Void> all() {
        return all;
    }

    void delivered(int index) {
        synchronized (this) {
            anySent = true;
        }
        try {
            onDelivered.accept(index);
        } finally {
            first.complete(null);
            settle();
        }
    }

    /** Sent but unconfirmed: counted as delivered, never sent again. */
    void uncertain() {
        synchronized (this) {
            anySent = true;
        }
        settle();
    }

    /** Not sent because the channel stopped first. */
    void failedAtStop(String reason) {
        synchronized (this) {
            stopped = true;
        }
        failed(reason);
    }

    void failed(String reason) {
        synchronized (this) {
            failures.add(reason);
        }
        settle();
    }

    private void settle() {
        boolean done;
        List<String> failed;
        synchronized (this) {
            remaining--;
            done = remaining == 0;
            failed = List.copyOf(failures);
        }
        if (done) {
            if (failed.isEmpty()) {
                first.complete(null);
                all.complete(null);
            } else {
                OutboundException e = new OutboundException("not delivered: " + String.join("; ", failed));
                first.completeExceptionally(e);
                all.completeExceptionally(e);
            }
        }
    }
}
