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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the news the outbox holds, oldest first, and marks each sent. A delivery that fails is
 * postponed with a growing delay; nothing is dropped. Run after every change and on a timer.
 */
public final class NewsRelay {
    private static final Logger log = LoggerFactory.getLogger(NewsRelay.class);
    private static final Duration MAX_DELAY = Duration.ofMinutes(10);

    private final Transactions tx;
    private final Notifier notifier;
    private final Clock clock;

    public NewsRelay(Transactions tx, Notifier notifier, Clock clock) {
        this.tx = tx;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Sends what is due; returns how many were delivered. Safe to call from several threads. */
    public synchronized int sendDue() {
        int sent = 0;
        List<PendingNews> due = tx.read(s -> s.outbox().due(clock.instant(), 100));
        for (PendingNews news : due) {
            Optional<OrderNews> rebuilt = tx.read(s -> rebuild(s, news));
            if (rebuilt.isEmpty()) {
                markSent(news); // the order vanished: nothing left to say
                continue;
            }
            try {
                notifier.notify(news.chat(), news.key(), rebuilt.get());
                markSent(news);
                sent++;
            } catch (RuntimeException e) {
                Duration delay = backoff(news.attempts());
                log.warn("news {} for {} not delivered (attempt {}), retry in {}s: {}", news.key(), news.chat(),
                        news.attempts() + 1, delay.toSeconds(), e.toString());
                tx.write(s -> {
                    s.outbox().postpone(news.key(), clock.instant().plus(delay), e.getClass().getSimpleName());
                    return null;
                });
            }
        }
        return sent;
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
