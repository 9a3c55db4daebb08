package io.groupbuy.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Records each batch in the inbox before it returns, then wakes the pump that processes it: the
 * library confirms a batch to Telegram with the next getUpdates, so nothing is confirmed that is not
 * stored (the stock consumers only queue in memory and lose the batch on a crash).
 *
 * <p>It never throws: a RuntimeException out of consume silently ends TelegramBots' polling task. If
 * the inbox cannot be written after a few tries, the batch is not stored; then the offset we ask for
 * stays where it was ({@link PollProgress#requests}) and the library's own memory of the batch is
 * wound back, so the next poll fetches the same updates again. If the session is not known yet, the
 * watchdog is asked to start a fresh one, which has no such memory.
 */
final class InboxUpdateConsumer implements LongPollingUpdateConsumer {
    private static final Logger log = LoggerFactory.getLogger(InboxUpdateConsumer.class);
    private static final Duration[] WAITS = {Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(2)};

    private final UpdateRecorder recorder;
    private final PollProgress progress;
    private final Runnable wakePump;
    private final AtomicReference<AtomicInteger> libraryLastReceived = new AtomicReference<>();
    private volatile boolean restartWanted;

    InboxUpdateConsumer(UpdateRecorder recorder, PollProgress progress, Runnable wakePump) {
        this.recorder = recorder;
        this.progress = progress;
        this.wakePump = wakePump;
    }

    /** The current session's memory of the last update it received (BotSession.getLastReceivedUpdate). */
    void session(AtomicInteger lastReceived) {
        libraryLastReceived.set(lastReceived);
    }

    @Override
    public void consume(List<Update> updates) {
        try {
            List<JsonNode> batch = new ArrayList<>(updates.size());
            for (Update u : updates) {
                batch.add(TelegramJson.tree(u));
            }
            UpdateRecorder.Recorded recorded = recordWithRetries(batch);
            progress.recorded(recorded.maxUpdateId());
            wakePump.run();
        } catch (Throwable t) {
            log.error("telegram: could not record a batch of {} updates; it will be fetched again", updates.size(), t);
            windBack();
        }
    }

    private UpdateRecorder.Recorded recordWithRetries(List<JsonNode> batch) throws InterruptedException {
        RuntimeException last = null;
        for (int attempt = 0; attempt <= WAITS.length; attempt++) {
            try {
                return recorder.record(batch);
            } catch (RuntimeException e) {
                last = e;
                if (attempt < WAITS.length) {
                    log.warn("telegram: recording {} updates failed (attempt {}), retrying", batch.size(), attempt + 1);
                    Thread.sleep(WAITS[attempt].toMillis());
                }
            }
        }
        throw last;
    }

    private void windBack() {
        AtomicInteger lastReceived = libraryLastReceived.get();
        if (lastReceived == null) {
            restartWanted = true;
        } else {
            lastReceived.set((int) progress.recordedUpTo());
        }
    }

    /** True once if a failed batch could not be wound back in the library. */
    boolean takeRestartWanted() {
        boolean wanted = restartWanted;
        restartWanted = false;
        return wanted;
    }
}
