package io.groupbuy.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order placed (or being placed) upstream for one marketplace part of a checkout. {@code number} is
 * the chat's own order number ("Order #12"); {@code clientKey} is the key committed before the
 * upstream call, used to find the order again after a crash. {@code statusAt} is the upstream time of
 * the status we hold, so older news never overwrites newer.
 */
public record Order(long id, int number, ChatId chat, long checkoutId, Marketplace marketplace, String clientKey,
                    String upstreamOrderId, OrderStatus status, String upstreamStatus, long goodsFen, long freightFen,
                    String currency, long rateMicros, String logisticsCompany, String logisticsNumber,
                    Instant statusAt, Instant createdAt, Instant updatedAt, List<OrderLine> lines,
                    List<MemberShare> shares) {
    public Order {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(status, "status");
        lines = lines == null ? List.of() : List.copyOf(lines);
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    public long totalFen() {
        return goodsFen + freightFen;
    }

    public Order withLinesAndShares(List<OrderLine> l, List<MemberShare> s) {
        return new Order(id, number, chat, checkoutId, marketplace, clientKey, upstreamOrderId, status, upstreamStatus,
                goodsFen, freightFen, currency, rateMicros, logisticsCompany, logisticsNumber, statusAt, createdAt,
                updatedAt, l, s);
    }
}
