package io.groupbuy.core.port;

import io.groupbuy.core.ChatId;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.OrderStatusChange;
import io.groupbuy.core.PriceChange;
import io.groupbuy.core.PriceChangeState;
import io.groupbuy.core.Refund;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Orders with their lines, shares, status history, price changes and refunds. */
public interface OrderStore {
    /** Stores a new order with its lines and shares; assigns the id and the chat's next order number. */
    Order insert(Order order);

    Optional<Order> find(long id);

    Optional<Order> byNumber(ChatId chat, int number);

    Optional<Order> byUpstreamId(Marketplace marketplace, String upstreamOrderId);

    Optional<Order> byClientKey(String clientKey);

    /** The chat's orders, newest first. */
    List<Order> byChat(ChatId chat, int limit);

    List<Order> byCheckout(long checkoutId);

    List<Order> inStatus(Collection<OrderStatus> statuses);

    /** Records the upstream id and status once the create call answered (or reconciliation found it). */
    void markPlaced(long orderId, String upstreamOrderId, OrderStatus status, String upstreamStatus, Instant at);

    void updateStatus(long orderId, OrderStatus status, String upstreamStatus, Instant statusAt,
                      String logisticsCompany, String logisticsNumber, Instant at);

    void updateAmounts(long orderId, long goodsFen, long freightFen, List<MemberShare> shares, Instant at);

    void addHistory(OrderStatusChange change);

    List<OrderStatusChange> history(long orderId);

    PriceChange insertPriceChange(PriceChange change);

    Optional<PriceChange> priceChange(long id);

    Optional<PriceChange> priceChangeByKey(long orderId, String upstreamKey);

    List<PriceChange> pendingPriceChanges(long orderId);

    void setPriceChangeState(long id, PriceChangeState state, Instant at);

    /** Stores a refund unless one with the same upstream id exists; returns the stored one. */
    Refund insertRefund(Refund refund);

    Optional<Refund> refundByUpstreamId(long orderId, String upstreamRefundId);

    List<Refund> refunds(long orderId);

    long countByStatus(OrderStatus status);
}
