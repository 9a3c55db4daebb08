package io.groupbuy.core.order;

import io.groupbuy.core.Actor;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderLine;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.OrderStatusChange;
import io.groupbuy.core.PriceChange;
import io.groupbuy.core.PriceChangeState;
import io.groupbuy.core.Refund;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserError.Problem;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.checkout.ProportionalSplit;
import io.groupbuy.core.checkout.ShareCalculator;
import io.groupbuy.core.port.MarketplaceGateway;
import io.groupbuy.core.port.PendingNews;
import io.groupbuy.core.port.Stores;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.core.port.UpstreamOrder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies what PandaPon says about orders (callbacks and polls) and the admin's answers to price
 * changes. Every change writes its news to the outbox in the same transaction; the relay sends it.
 */
public final class OrderUpdates {
    /** How an update was received. */
    public enum Applied {
        APPLIED,
        /** Known order, nothing new (duplicate, older or equal status). */
        IGNORED,
        /** The order is not ours (or not yet known): the caller keeps the message and reports it. */
        UNKNOWN_ORDER
    }

    private final Transactions tx;
    private final MarketplaceGateway marketplace;
    private final OrderPlacement placement;
    private final Clock clock;

    public OrderUpdates(Transactions tx, MarketplaceGateway marketplace, OrderPlacement placement, Clock clock) {
        this.tx = tx;
        this.marketplace = marketplace;
        this.placement = placement;
        this.clock = clock;
    }

    /** A status report about an upstream order, from a callback or a poll. */
    public Applied applyStatus(Marketplace market, UpstreamOrder news, String source) {
        Applied result = tx.write(s -> {
            Optional<Order> found = find(s, market, news.upstreamOrderId(), news.clientKey());
            if (found.isEmpty()) {
                return Applied.UNKNOWN_ORDER;
            }
            Order order = found.get();
            if (order.status() == OrderStatus.PLACING) {
                Order adopted = placement.adopt(s, order, news, source);
                outbox(s, adopted, PendingNews.Kind.RECONCILED_FOUND, 0, OrderStatus.PLACING, adopted.status());
                return Applied.APPLIED;
            }
            boolean newLogistics = news.logisticsNumber() != null && !news.logisticsNumber().isBlank()
                    && !news.logisticsNumber().equals(order.logisticsNumber());
            boolean newStatus = StatusRules.supersedes(order.status(), order.statusAt(), news.status(),
                    news.statusAt());
            if (!newStatus && !(newLogistics && order.status() == news.status())) {
                return Applied.IGNORED;
            }
            OrderStatus to = newStatus ? news.status() : order.status();
            Instant at = news.statusAt() != null ? news.statusAt() : clock.instant();
            s.orders().updateStatus(order.id(), to, news.upstreamStatus(), at,
                    firstNonBlank(news.logisticsCompany(), order.logisticsCompany()),
                    firstNonBlank(news.logisticsNumber(), order.logisticsNumber()), clock.instant());
            s.orders().addHistory(new OrderStatusChange(order.id(), to, news.upstreamStatus(), at, source));
            Order updated = s.orders().find(order.id()).orElseThrow();
            outbox(s, updated, PendingNews.Kind.STATUS_CHANGED, 0, order.status(), to);
            return Applied.APPLIED;
        });
        if (result == Applied.APPLIED) {
            tx.read(s -> find(s, market, news.upstreamOrderId(), news.clientKey()))
                    .ifPresent(o -> placement.settleCheckout(o.checkoutId()));
        }
        return result;
    }

    /**
     * A seller changed the price: store it (once per upstream key) and ask the chat's admins. Nothing
     * is paid here. {@code newFreightFen} null means the freight did not change.
     */
    public Applied proposePriceChange(Marketplace market, String upstreamOrderId, String upstreamKey,
                                      long newGoodsFen, Long newFreightFen) {
        return tx.write(s -> {
            Optional<Order> found = find(s, market, upstreamOrderId, null);
            if (found.isEmpty()) {
                return Applied.UNKNOWN_ORDER;
            }
            Order order = found.get();
            long freight = newFreightFen == null ? order.freightFen() : newFreightFen;
            if (s.orders().priceChangeByKey(order.id(), upstreamKey).isPresent() || order.status().isTerminal()
                    || (order.goodsFen() == newGoodsFen && order.freightFen() == freight)) {
                return Applied.IGNORED;
            }
            PriceChange change = s.orders().insertPriceChange(new PriceChange(0, order.id(), upstreamKey,
                    order.goodsFen(), order.freightFen(), newGoodsFen, freight, PriceChangeState.PENDING,
                    clock.instant(), null, reshare(order, newGoodsFen, freight)));
            outbox(s, order, PendingNews.Kind.PRICE_CHANGE_PROPOSED, change.id(), null, null);
            return Applied.APPLIED;
        });
    }

    /** Each member's goods scaled to the new goods total, freight split again by goods. */
    static List<MemberShare> reshare(Order order, long newGoodsFen, long newFreightFen) {
        List<MemberShare> old = order.shares();
        long[] weights = old.stream().mapToLong(MemberShare::goodsFen).toArray();
        long[] goods = ProportionalSplit.split(newGoodsFen, weights);
        List<ShareCalculator.Goods> scaled = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            scaled.add(new ShareCalculator.Goods(old.get(i).member(), old.get(i).memberName(), goods[i]));
        }
        return ShareCalculator.shares(scaled, newFreightFen);
    }

    /** Admin accepts: the difference is paid upstream (when it is a rise), then the order takes the new amounts. */
    public PriceChange acceptPriceChange(Actor actor, long priceChangeId) {
        ChatService.requireAdmin(actor);
        PriceChange change = claimPending(actor, priceChangeId);
        Order order = tx.read(s -> s.orders().find(change.orderId())).orElseThrow();
        if (change.differenceFen() > 0) {
            try {
                marketplace.pay(order.marketplace(), order.upstreamOrderId(), change.differenceFen());
            } catch (RuntimeException e) {
                release(change);
                throw e;
            }
        }
        return tx.write(s -> {
            s.orders().updateAmounts(order.id(), change.newGoodsFen(), change.newFreightFen(), change.newShares(),
                    clock.instant());
            s.orders().setPriceChangeState(change.id(), PriceChangeState.ACCEPTED, clock.instant());
            PriceChange decided = s.orders().priceChange(change.id()).orElseThrow();
            outbox(s, s.orders().find(order.id()).orElseThrow(), PendingNews.Kind.PRICE_CHANGE_DECIDED,
                    decided.id(), null, null);
            return decided;
        });
    }

    /** Admin refuses: the order is cancelled upstream; nothing is charged. */
    public PriceChange rejectPriceChange(Actor actor, long priceChangeId) {
        ChatService.requireAdmin(actor);
        PriceChange change = claimPending(actor, priceChangeId);
        Order order = tx.read(s -> s.orders().find(change.orderId())).orElseThrow();
        try {
            marketplace.cancel(order.marketplace(), order.upstreamOrderId(), "price change refused by buyer");
        } catch (RuntimeException e) {
            release(change);
            throw e;
        }
        return tx.write(s -> {
            s.orders().setPriceChangeState(change.id(), PriceChangeState.CANCELLED, clock.instant());
            if (StatusRules.supersedes(order.status(), null, OrderStatus.CANCELLED, null)) {
                s.orders().updateStatus(order.id(), OrderStatus.CANCELLED, "CANCELLED_BY_BUYER", clock.instant(),
                        order.logisticsCompany(), order.logisticsNumber(), clock.instant());
                s.orders().addHistory(new OrderStatusChange(order.id(), OrderStatus.CANCELLED, "CANCELLED_BY_BUYER",
                        clock.instant(), "price change refused by " + actor.user().key()));
            }
            PriceChange decided = s.orders().priceChange(change.id()).orElseThrow();
            outbox(s, s.orders().find(order.id()).orElseThrow(), PendingNews.Kind.PRICE_CHANGE_DECIDED,
                    decided.id(), null, null);
            return decided;
        });
    }

    /** Admins tapping late or twice get "already decided"; a decision left half-done by a crash may be retried. */
    private static final java.time.Duration DECISION_TIMEOUT = java.time.Duration.ofMinutes(2);

    // Two admins tapping at once must not pay twice: the first tap moves the change to DECIDING.
    private PriceChange claimPending(Actor actor, long priceChangeId) {
        return tx.write(s -> {
            PriceChange change = s.orders().priceChange(priceChangeId)
                    .orElseThrow(() -> new UserError(Problem.PRICE_CHANGE_STALE));
            Order order = s.orders().find(change.orderId()).filter(o -> o.chat().equals(actor.chat()))
                    .orElseThrow(() -> new UserError(Problem.PRICE_CHANGE_STALE));
            boolean abandoned = change.state() == PriceChangeState.DECIDING && change.decidedAt() != null
                    && change.decidedAt().isBefore(clock.instant().minus(DECISION_TIMEOUT));
            if ((change.state() != PriceChangeState.PENDING && !abandoned) || order.status().isTerminal()) {
                throw new UserError(Problem.PRICE_CHANGE_STALE);
            }
            s.orders().setPriceChangeState(change.id(), PriceChangeState.DECIDING, clock.instant());
            return change;
        });
    }

    private void release(PriceChange change) {
        // The upstream call failed: back to PENDING so an admin can try again.
        tx.write(s -> {
            s.orders().setPriceChangeState(change.id(), PriceChangeState.PENDING, clock.instant());
            return null;
        });
    }

    /** A refund from upstream, split over the members it belongs to; stored once per refund id. */
    public Applied applyRefund(Marketplace market, String upstreamOrderId, String refundId, long amountFen,
                               String status, String skuKey) {
        return tx.write(s -> {
            Optional<Order> found = find(s, market, upstreamOrderId, null);
            if (found.isEmpty()) {
                return Applied.UNKNOWN_ORDER;
            }
            Order order = found.get();
            if (s.orders().refundByUpstreamId(order.id(), refundId).isPresent() || amountFen <= 0) {
                return Applied.IGNORED;
            }
            Refund refund = s.orders().insertRefund(new Refund(0, order.id(), refundId, amountFen, status,
                    clock.instant(), refundShares(order, amountFen, skuKey)));
            outbox(s, order, PendingNews.Kind.REFUNDED, refund.id(), null, null);
            return Applied.APPLIED;
        });
    }

    /** A refund for one SKU goes to the members who ordered it; otherwise to everyone by share. */
    static List<MemberShare> refundShares(Order order, long amountFen, String skuKey) {
        if (skuKey != null && !skuKey.isBlank()) {
            List<OrderLine> lines = order.lines().stream().filter(l -> l.sku().skuKey().equals(skuKey)).toList();
            if (!lines.isEmpty()) {
                List<MemberShare> byLine = lines.stream()
                        .map(l -> new MemberShare(l.member(), l.memberName(), l.subtotalFen(), 0)).toList();
                return ShareCalculator.spread(amountFen, merge(byLine));
            }
        }
        return ShareCalculator.spread(amountFen, order.shares());
    }

    private static List<MemberShare> merge(List<MemberShare> shares) {
        java.util.Map<io.groupbuy.core.UserId, MemberShare> merged = new java.util.LinkedHashMap<>();
        for (MemberShare s : shares) {
            merged.merge(s.member(), s, (a, b) -> new MemberShare(a.member(), a.memberName(),
                    a.goodsFen() + b.goodsFen(), 0));
        }
        return new ArrayList<>(merged.values());
    }

    private static Optional<Order> find(Stores s, Marketplace market, String upstreamOrderId, String clientKey) {
        Optional<Order> order = upstreamOrderId == null || upstreamOrderId.isBlank() ? Optional.empty()
                : s.orders().byUpstreamId(market, upstreamOrderId);
        if (order.isEmpty() && clientKey != null && !clientKey.isBlank()) {
            order = s.orders().byClientKey(clientKey).filter(o -> o.marketplace() == market);
        }
        return order;
    }

    private void outbox(Stores s, Order order, PendingNews.Kind kind, long refId, OrderStatus from, OrderStatus to) {
        String key = switch (kind) {
            case STATUS_CHANGED -> "status:" + order.id() + ":" + to + ":" + order.upstreamStatus() + ":"
                    + order.logisticsNumber();
            case RECONCILED_FOUND, RECONCILED_NOT_FOUND -> "reconciled:" + order.id();
            default -> kind.name().toLowerCase() + ":" + refId;
        };
        s.outbox().add(new PendingNews(key, order.chat(), kind, order.id(), refId, from, to, clock.instant(), 0,
                null));
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
