package io.groupbuy.core.order;

import io.groupbuy.core.Checkout;
import io.groupbuy.core.CheckoutState;
import io.groupbuy.core.GroupBuyException;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.OrderStatusChange;
import io.groupbuy.core.port.MarketplaceGateway;
import io.groupbuy.core.port.PendingNews;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.core.port.UpstreamOrder;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out what became of orders whose placement outcome is unknown (a crash or a timeout between
 * our commit and PandaPon's answer) by asking the order queries for our client key, before anything
 * could be created again; and polls open orders so a chat hears about changes even when callbacks
 * never come.
 */
public final class OrderReconciler {
    private static final Logger log = LoggerFactory.getLogger(OrderReconciler.class);

    private final Transactions tx;
    private final MarketplaceGateway marketplace;
    private final OrderPlacement placement;
    private final OrderUpdates updates;
    private final Clock clock;

    public OrderReconciler(Transactions tx, MarketplaceGateway marketplace, OrderPlacement placement,
                           OrderUpdates updates, Clock clock) {
        this.tx = tx;
        this.marketplace = marketplace;
        this.placement = placement;
        this.updates = updates;
        this.clock = clock;
    }

    /** What a reconciliation pass did. */
    public record Report(int found, int notFound, int stillUnknown, int abandonedCheckouts) {
    }

    /**
     * Reconciles orders left PLACING for at least {@code minAge} (zero at start-up: the process that
     * placed them is gone), releases checkouts a crash left PREPARING, and settles checkouts a crash
     * left PLACING after their last order was placed (else their chat's cart would stay frozen).
     */
    public Report reconcilePlacing(Duration minAge) {
        int abandoned = releasePreparing(minAge);
        List<Order> placing = tx.read(s -> s.orders().inStatus(EnumSet.of(OrderStatus.PLACING)));
        int found = 0;
        int notFound = 0;
        int unknown = 0;
        for (Order order : placing) {
            if (order.updatedAt() != null && order.updatedAt().isAfter(clock.instant().minus(minAge))) {
                continue;
            }
            Optional<UpstreamOrder> upstream;
            try {
                upstream = marketplace.findByClientKey(order.marketplace(), order.clientKey());
            } catch (GroupBuyException e) {
                log.warn("cannot reconcile order {} yet: {}", order.clientKey(), e.getMessage());
                unknown++;
                continue;
            }
            if (upstream.isPresent()) {
                tx.write(s -> {
                    Order adopted = placement.adopt(s, order, upstream.get(), "reconciliation");
                    s.outbox().add(news(adopted, PendingNews.Kind.RECONCILED_FOUND));
                    return null;
                });
                found++;
            } else {
                tx.write(s -> {
                    s.orders().updateStatus(order.id(), OrderStatus.NOT_PLACED, null, clock.instant(), null, null,
                            clock.instant());
                    s.orders().addHistory(new OrderStatusChange(order.id(), OrderStatus.NOT_PLACED, null,
                            clock.instant(), "reconciliation: not found upstream"));
                    s.outbox().add(news(s.orders().find(order.id()).orElseThrow(),
                            PendingNews.Kind.RECONCILED_NOT_FOUND));
                    return null;
                });
                notFound++;
            }
            placement.settleCheckout(order.checkoutId());
            log.info("reconciled order {} ({}): {}", order.clientKey(), order.chat(),
                    upstream.isPresent() ? "found upstream" : "not found upstream");
        }
        settlePlacing(minAge);
        return new Report(found, notFound, unknown, abandoned);
    }

    /** A crash between placing a checkout's last order and settling it leaves it PLACING with nothing placing. */
    private void settlePlacing(Duration minAge) {
        List<Checkout> placing = tx.read(s -> s.checkouts().inState(CheckoutState.PLACING));
        for (Checkout c : placing) {
            if (c.updatedAt() == null || !c.updatedAt().isAfter(clock.instant().minus(minAge))) {
                placement.settleCheckout(c.id()); // does nothing while one of its orders is still PLACING
            }
        }
    }

    private int releasePreparing(Duration minAge) {
        List<Checkout> preparing = tx.read(s -> s.checkouts().inState(CheckoutState.PREPARING));
        int released = 0;
        for (Checkout c : preparing) {
            if (c.updatedAt() != null && c.updatedAt().isAfter(clock.instant().minus(minAge))) {
                continue;
            }
            tx.write(s -> {
                s.checkouts().setState(c.id(), CheckoutState.FAILED, clock.instant());
                s.carts().unfreeze(c.chat(), clock.instant());
                return null;
            });
            released++;
        }
        return released;
    }

    /** Asks upstream about every open order; returns how many had news. */
    public int pollOpen() {
        List<Order> open = tx.read(s -> s.orders().inStatus(EnumSet.of(OrderStatus.WAITING_PAYMENT,
                OrderStatus.PAYMENT_REVIEW, OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.RECEIVED,
                OrderStatus.OTHER)));
        int changed = 0;
        for (Order order : open) {
            if (order.upstreamOrderId() == null) {
                continue;
            }
            try {
                UpstreamOrder upstream = marketplace.order(order.marketplace(), order.upstreamOrderId());
                if (updates.applyStatus(order.marketplace(), upstream, "poll") == OrderUpdates.Applied.APPLIED) {
                    changed++;
                }
            } catch (GroupBuyException e) {
                log.debug("poll of order {} failed: {}", order.upstreamOrderId(), e.getMessage());
            }
        }
        return changed;
    }

    private PendingNews news(Order order, PendingNews.Kind kind) {
        return new PendingNews("reconciled:" + order.id(), order.chat(), kind, order.id(), 0, OrderStatus.PLACING,
                order.status(), clock.instant(), 0, null);
    }
}
