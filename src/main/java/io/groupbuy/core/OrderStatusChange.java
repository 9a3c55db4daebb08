package io.groupbuy.core;

import java.time.Instant;

/** One entry of an order's status history; {@code source} says who told us (placement, callback, poll). */
public record OrderStatusChange(long orderId, OrderStatus status, String upstreamStatus, Instant at, String source) {
}
