package io.groupbuy.core.order;

import io.groupbuy.core.Order;
import io.groupbuy.core.port.Notifier;
import io.groupbuy.core.port.OrderNews;
import io.groupbuy.core.port.PendingNews;
import io.groupbuy.core.port.Stores;
import io.groupbuy.core.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the news the outbox holds, oldest first per chat, and marks each sent. A delivery that fails
 * is postponed with a growing delay; nothing is dropped. Deliveries run through a {@link Dispatcher}
 * keyed by chat, so a chat whose channel is slow (Telegram's per-group limits) never holds up the
 * news of other chats. Run after every change and on a timer.
 */
public final class NewsRelay {
    private static final Logger log = LoggerFactory.getLogger(NewsRelay.class);
    private static final Duration MAX_DELAY = Duration.ofMinutes(10);

    /** Runs deliveries: tasks with the same key one after another, others in parallel. */
    public interface Dispatcher {
        void run(String key, Runnable task);

        /** Runs every task at once on the calling thread (tests, tools). */
        Dispatcher DIRECT = (key, task) -> task.run();
    }

    private final Transactions tx;
    private final Notifier notifier;
    private final Clock clock;
    private final Dispatcher dispatcher;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public NewsRelay(Transactions tx, Notifier notifier, Clock clock) {
        this(tx, notifier, clock, Dispatcher.DIRECT);
    }

    public NewsRelay(Transactions tx, Notifier notifier, Clock clock, Dispatcher dispatcher) {
        this.tx = tx;
        this.notifier = notifier;
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    /**
     * Hands what is due to the dispatcher (news already being delivered is skipped) and returns how
     * many were delivered before it returned: all of them with {@link Dispatcher#DIRECT}.
     */
    public int sendDue() {
        AtomicInteger delivered = new AtomicInteger();
        List<PendingNews> due = tx.read(s -> s.outbox().due(clock.instant(), 500));
        for (PendingNews news : due) {
            if (inFlight.add(news.key())) {
                dispatcher.run("news:" + news.chat().key(), () -> {
                    try {
                        if (deliver(news)) {
                            delivered.incrementAndGet();
                        }
                    } finally {
                        inFlight.remove(news.key());
                    }
                });
            }
        }
        return delivered.get();
    }

    /** The news as it stands in the outbox now, and what it says. */
    private record Current(PendingNews news, Optional<OrderNews> rebuilt) {
    }

    private boolean deliver(PendingNews listed) {
        // The list sendDue read may be stale: another run can have delivered this news and let go of
        // it between that read and our taking it, so it is read again and goes out only if still due.
        Optional<Current> current = tx.read(s -> s.outbox().unsent(listed.key())
                .filter(n -> !n.nextAttemptAt().isAfter(clock.instant()))
                .map(n -> new Current(n, rebuild(s, n))));
        if (current.isEmpty()) {
            return false;
        }
        PendingNews news = current.get().news();
        Optional<OrderNews> rebuilt = current.get().rebuilt();
        if (rebuilt.isEmpty()) {
            markSent(news); // the order vanished: nothing left to say
            return false;
        }
        try {
            notifier.notify(news.chat(), news.key(), rebuilt.get());
            markSent(news);
            return true;
        } catch (RuntimeException e) {
            Duration delay = backoff(news.attempts());
            log.warn("news {} for {} not delivered (attempt {}), retry in {}s: {}", news.key(), news.chat(),
                    news.attempts() + 1, delay.toSeconds(), e.toString());
            tx.write(s -> {
                s.outbox().postpone(news.key(), clock.instant().plus(delay), e.getClass().getSimpleName());
                return null;
            });
            return false;
        }
    }

    static Duration backoff(int attempts) {
        long seconds = Math.min(MAX_DELAY.toSeconds(), 5L << Math.min(attempts, 10));
        return Duration.ofSeconds(seconds);
    }

    private void markSent(PendingNews news) {
        tx.write(s -> {
            s.outbox().markSent(news.key(), clock.instant());
            return null;
        });
    }

    static Optional<OrderNews> rebuild(Stores s, PendingNews news) {
        Optional<Order> order = s.orders().find(news.orderId());
        if (order.isEmpty()) {
            return Optional.empty();
        }
        Order o = order.get();
        return switch (news.kind()) {
            case RECONCILED_FOUND -> Optional.of(new OrderNews.Reconciled(o, true));
            case RECONCILED_NOT_FOUND -> Optional.of(new OrderNews.Reconciled(o, false));
            case STATUS_CHANGED -> Optional.of(new OrderNews.StatusChanged(o, news.from(), news.to()));
            case PRICE_CHANGE_PROPOSED -> s.orders().priceChange(news.refId())
                    .map(c -> new OrderNews.PriceChangeProposed(o, c));
            case PRICE_CHANGE_DECIDED -> s.orders().priceChange(news.refId())
                    .map(c -> new OrderNews.PriceChangeDecided(o, c));
            case REFUNDED -> s.orders().refunds(o.id()).stream().filter(r -> r.id() == news.refId()).findFirst()
                    .map(r -> new OrderNews.Refunded(o, r));
        };
    }
}
