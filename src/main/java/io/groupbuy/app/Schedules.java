package io.groupbuy.app;

import io.groupbuy.conversation.GroupBuyConversation;
import io.groupbuy.core.order.NewsRelay;
import io.groupbuy.core.order.OrderReconciler;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's timers: send pending news, reconcile orders whose placement outcome is unknown, poll open
 * orders (so a chat hears about changes when callbacks never come), forget old buttons, and probe
 * PandaPon when nothing has called it for a while. A failing task logs and runs again next time.
 */
final class Schedules implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Schedules.class);

    /** How often each task runs. */
    record Intervals(Duration relay, Duration reconcile, Duration placingAge, Duration poll, Duration buttonsAge,
                     Duration probe) {
        static final Intervals DEFAULT = new Intervals(Duration.ofSeconds(5), Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofDays(30), Duration.ofMinutes(1));
    }

    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "schedules");
        t.setDaemon(true);
        return t;
    });
    private final NewsRelay relay;
    private final OrderReconciler reconciler;
    private final GroupBuyConversation conversation;
    private final Runnable probe;
    private final Intervals every;

    Schedules(NewsRelay relay, OrderReconciler reconciler, GroupBuyConversation conversation, Runnable probe,
              Intervals every) {
        this.relay = relay;
        this.reconciler = reconciler;
        this.conversation = conversation;
        this.probe = probe;
        this.every = every;
    }

    void start() {
        repeat("news relay", every.relay(), relay::sendDue);
        repeat("placement reconciliation", every.reconcile(), () -> reconciler.reconcilePlacing(every.placingAge()));
        repeat("order polling", every.poll(), reconciler::pollOpen);
        repeat("button clean-up", Duration.ofHours(6), () -> conversation.forgetButtonsOlderThan(every.buttonsAge()));
        repeat("PandaPon probe", every.probe(), probe);
    }

    /** Something changed: send its news now rather than at the next tick. */
    void relayNow() {
        timer.execute(() -> run("news relay", relay::sendDue));
    }

    private void repeat(String name, Duration period, Runnable task) {
        long millis = period.toMillis();
        timer.scheduleWithFixedDelay(() -> run(name, task), millis, millis, TimeUnit.MILLISECONDS);
    }

    private static void run(String name, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("{} failed, will run again: {}", name, e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
