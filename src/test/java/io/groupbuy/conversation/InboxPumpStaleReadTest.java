package io.groupbuy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.testing.GappedReads;
import io.groupbuy.testing.InMemoryStores;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The pump reads pending events, then submits those not in flight. An event that finishes between the
 * read and the submit is still in that (stale) list, but no longer in flight: it must not run again.
 */
class InboxPumpStaleReadTest {

    @Test
    void anEventThatFinishedAfterTheReadIsNotHandledAgain() throws Exception {
        GappedReads tx = new GappedReads(new InMemoryStores());
        List<String> handled = new CopyOnWriteArrayList<>();
        ConcurrentHashMap<String, Boolean> seen = new ConcurrentHashMap<>();
        try (ChatLanes lanes = new ChatLanes("race", 4);
             InboxPump pump = new InboxPump("test", tx, lanes, e -> {
                 handled.add(e.eventId());
                 seen.put(e.eventId(), true);
             }, Clock.systemUTC(), 3)) {
            tx.afterEachRead(() -> { // reads return their snapshot only after a pause, as a busy database would
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            pump.start();
            for (int i = 0; i < 20; i++) {
                String id = "e" + i;
                tx.write(s -> s.inbox().offer(InboxEvent.received("test", id, "chat-" + (Math.abs(id.hashCode()) % 3),
                        "{}", Instant.now())));
                pump.wake();
                Thread.sleep(40);
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (tx.read(s -> s.inbox().count("test", InboxEvent.State.DONE)) < 20 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(500); // let any stale second run happen
        }
        assertThat(seen).hasSize(20);
        assertThat(handled).doesNotHaveDuplicates();
    }
}
