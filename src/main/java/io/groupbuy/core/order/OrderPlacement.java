package io.groupbuy.core.order;

import io.groupbuy.core.Actor;
import io.groupbuy.core.Checkout;
import io.groupbuy.core.CheckoutLine;
import io.groupbuy.core.CheckoutPart;
import io.groupbuy.core.CheckoutState;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderLine;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.OrderStatusChange;
import io.groupbuy.core.UpstreamRejected;
import io.groupbuy.core.UpstreamUnavailable;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserError.Problem;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.checkout.CheckoutSummary;
import io.groupbuy.core.port.MarketplaceGateway;
import io.groupbuy.core.port.OrderItem;
import io.groupbuy.core.port.PaymentResult;
import io.groupbuy.core.port.Stores;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.core.port.UpstreamOrder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confirm (admin only): places each marketplace part of a checkout upstream exactly once. The order
 * row with its client key is committed before the upstream call; the call is never repeated. If
 * the call's outcome is unknown (timeout), the order stays PLACING and {@link OrderReconciler} asks
 * PandaPon's order queries by client key before anything could be created again.
 */
public final class OrderPlacement {
    private static final Logger log = LoggerFactory.getLogger(OrderPlacement.class);

    private final Transactions tx;
    private final MarketplaceGateway marketplace;
    private final Clock clock;

    public OrderPlacement(Transactions tx, MarketplaceGateway marketplace, Clock clock) {
        this.tx = tx;
        this.marketplace = marketplace;
        this.clock = clock;
    }

    public List<PlacementOutcome> confirm(Actor actor, long checkoutId) {
        ChatService.requireAdmin(actor);
        record Prepared(List<Order> orders, boolean fresh) {
        }
        Prepared prepared = tx.write(s -> {
            Checkout c = s.checkouts().find(checkoutId).filter(x -> x.chat().equals(actor.chat()))
                    .orElseThrow(() -> new UserError(Problem.CHECKOUT_NOT_FOUND));
            if (c.state() == CheckoutState.PLACING || c.state() == CheckoutState.DONE) {
                return new Prepared(s.orders().byCheckout(c.id()), false);
            }
            if (c.state() != CheckoutState.AWAITING_CONFIRMATION) {
                throw new UserError(Problem.CHECKOUT_STALE);
            }
            List<Order> orders = new ArrayList<>();
            for (CheckoutPart part : c.parts()) {
                List<CheckoutLine> lines = c.orderableLines().stream()
                        .filter(l -> l.marketplace() == part.marketplace()).toList();
                if (!lines.isEmpty()) {
                    orders.add(s.orders().insert(newOrder(c, part, lines)));
                }
            }
            s.checkouts().setState(c.id(), CheckoutState.PLACING, clock.instant());
            for (Order o : orders) {
                s.orders().addHistory(new OrderStatusChange(o.id(), OrderStatus.PLACING, null, clock.instant(),
                        "confirmed by " + actor.user().key()));
            }
            return new Prepared(orders, true);
        });
        if (!prepared.fresh()) {
            return prepared.orders().stream()
                    .map(o -> new PlacementOutcome(o, PlacementOutcome.Result.ALREADY_CONFIRMED, false, null))
                    .toList();
        }
        List<PlacementOutcome> outcomes = new ArrayList<>();
        for (Order order : prepared.orders()) {
            outcomes.add(place(order));
        }
        settleCheckout(checkoutId);
        return outcomes;
    }

    private Order newOrder(Checkout c, CheckoutPart part, List<CheckoutLine> lines) {
        List<OrderLine> orderLines = lines.stream().map(l -> new OrderLine(0, l.member(), l.memberName(), l.sku(),
                l.title(), l.skuDescription(), l.unitFen(), l.quantity())).toList();
        return new Order(0, 0, c.chat(), c.id(), part.marketplace(), newClientKey(), null, OrderStatus.PLACING, null,
                part.goodsFen(), part.freightFen(), c.currency(), c.rateMicros(), null, null, null, clock.instant(),
                clock.instant(), orderLines, CheckoutSummary.sharesOf(lines, part));
    }

    /** 32 hex characters: fits the caller-order-number fields upstream and never repeats. */
    static String newClientKey() {
        return "GB" + UUID.randomUUID().toString().replace("-", "").substring(0, 30).toUpperCase();
    }

    private PlacementOutcome place(Order order) {
        List<OrderItem> items = order.lines().stream()
                .map(l -> new OrderItem(l.sku(), l.title(), l.quantity(), l.unitFen())).toList();
        UpstreamOrder created;
        try {
            created = marketplace.place(order.marketplace(), order.clientKey(), items, order.goodsFen());
        } catch (UpstreamRejected e) {
            log.warn("order {} rejected upstream: code={} requestId={}", order.clientKey(), e.code(), e.requestId());
            Order failed = tx.write(s -> {
                s.orders().updateStatus(order.id(), OrderStatus.NOT_PLACED, e.code(), clock.instant(), null, null,
                        clock.instant());
                s.orders().addHistory(new OrderStatusChange(order.id(), OrderStatus.NOT_PLACED, e.code(),
                        clock.instant(), "placement rejected"));
                return s.orders().find(order.id()).orElseThrow();
            });
            return new PlacementOutcome(failed, PlacementOutcome.Result.REJECTED, false, null);
        } catch (UpstreamUnavailable e) {
            log.warn("order {} placement outcome unknown: {}", order.clientKey(), e.getMessage());
            return new PlacementOutcome(order, PlacementOutcome.Result.UNKNOWN, false, null);
        }
        Order placed = tx.write(s -> adopt(s, order, created, "placement"));
        PaymentResult payment = payQuietly(placed);
        if (payment.paid()) {
            placed = recordPayment(placed.id(), "paid at placement");
        }
        return new PlacementOutcome(placed, PlacementOutcome.Result.PLACED, payment.paid(), payment.payUrl());
    }

    /** Records an order as existing upstream and takes its lines out of the cart. */
    Order adopt(Stores s, Order order, UpstreamOrder upstream, String source) {
        OrderStatus status = upstream.status() == null || upstream.status() == OrderStatus.PLACING
                ? OrderStatus.WAITING_PAYMENT : upstream.status();
        s.orders().markPlaced(order.id(), upstream.upstreamOrderId(), status, upstream.upstreamStatus(),
                clock.instant());
        s.orders().addHistory(new OrderStatusChange(order.id(), status, upstream.upstreamStatus(), clock.instant(),
                source));
        Checkout checkout = s.checkouts().find(order.checkoutId()).orElseThrow();
        List<Long> cartLines = checkout.orderableLines().stream()
                .filter(l -> l.marketplace() == order.marketplace()).map(CheckoutLine::cartLineId).toList();
        s.carts().deleteAll(cartLines);
        return s.orders().find(order.id()).orElseThrow();
    }

    private PaymentResult payQuietly(Order order) {
        try {
            return marketplace.pay(order.marketplace(), order.upstreamOrderId(), order.totalFen());
        } catch (UpstreamRejected | UpstreamUnavailable e) {
            log.warn("order {} placed but payment failed: {}", order.upstreamOrderId(), e.getMessage());
            return new PaymentResult(false, null);
        }
    }

    /** Admin taps "Pay" on an order that is waiting for payment. */
    public PaymentResult pay(Actor actor, int orderNumber) {
        ChatService.requireAdmin(actor);
        Order order = tx.read(s -> s.orders().byNumber(actor.chat(), orderNumber))
                .orElseThrow(() -> new UserError(Problem.ORDER_NOT_FOUND, orderNumber));
        if (order.status() != OrderStatus.WAITING_PAYMENT || order.upstreamOrderId() == null) {
            throw new UserError(Problem.NOT_PAYABLE, order.number());
        }
        PaymentResult result = marketplace.pay(order.marketplace(), order.upstreamOrderId(), order.totalFen());
        if (result.paid()) {
            recordPayment(order.id(), "paid by " + actor.user().key());
        }
        return result;
    }

    /**
     * A payment went through: the order leaves WAITING_PAYMENT (so nobody is offered to pay it again)
     * for PAYMENT_REVIEW until upstream reports more. Upstream's status time is kept, so the next
     * callback or poll is judged against upstream time, never against our clock.
     */
    private Order recordPayment(long orderId, String source) {
        return tx.write(s -> {
            Order current = s.orders().find(orderId).orElseThrow();
            if (current.status() == OrderStatus.WAITING_PAYMENT) {
                s.orders().updateStatus(orderId, OrderStatus.PAYMENT_REVIEW, current.upstreamStatus(),
                        current.statusAt(), current.logisticsCompany(), current.logisticsNumber(), clock.instant());
                s.orders().addHistory(new OrderStatusChange(orderId, OrderStatus.PAYMENT_REVIEW,
                        current.upstreamStatus(), clock.instant(), source));
            }
            return s.orders().find(orderId).orElseThrow();
        });
    }

    /**
     * Once no order of the checkout is still PLACING, the checkout is DONE (something was placed) or
     * FAILED (nothing was), and the cart opens again with whatever was not ordered.
     */
    void settleCheckout(long checkoutId) {
        tx.write(s -> {
            Checkout c = s.checkouts().find(checkoutId).orElseThrow();
            List<Order> orders = s.orders().byCheckout(checkoutId);
            if (c.state() != CheckoutState.PLACING
                    || orders.stream().anyMatch(o -> o.status() == OrderStatus.PLACING)) {
                return null;
            }
            boolean anyPlaced = orders.stream().anyMatch(o -> o.status() != OrderStatus.NOT_PLACED);
            s.checkouts().setState(checkoutId, anyPlaced ? CheckoutState.DONE : CheckoutState.FAILED,
                    clock.instant());
            s.carts().unfreeze(c.chat(), clock.instant());
            return null;
        });
    }
}
