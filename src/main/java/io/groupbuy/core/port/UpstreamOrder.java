package io.groupbuy.core.port;

import io.groupbuy.core.OrderStatus;
import java.time.Instant;

/** An order as PandaPon reports it. Amounts in fen; {@code statusAt} is upstream's time when known. */
public record UpstreamOrder(String upstreamOrderId, String clientKey, OrderStatus status, String upstreamStatus,
                            long goodsFen, long freightFen, String logisticsCompany, String logisticsNumber,
                            Instant statusAt) {
}
