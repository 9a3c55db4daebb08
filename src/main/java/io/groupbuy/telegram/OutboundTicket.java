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

    OutboundTicket(int messages, IntConsumer onDelivered) {
        this.remaining = messages;
        this.onDelivered = onDelivered;
        if (messages == 0) {
            first.complete(null);
            all.complete(null);
        }
    }

    static OutboundTicket refused(String reason) {
        OutboundTicket t = new OutboundTicket(1, i -> { });
        t.failed(reason);
        return t;
    }

    public CompletableFuture<Void> first() {
        return first;
    }

    public CompletableFuture<Void> all() {
        return all;
    }

    void delivered(int index) {
        try {
            onDelivered.accept(index);
        } finally {
            first.complete(null);
            settle();
        }
    }

    /** Sent but unconfirmed: counted as delivered, never sent again. */
    void uncertain() {
        settle();
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
