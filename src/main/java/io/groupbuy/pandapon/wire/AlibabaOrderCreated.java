package io.groupbuy.pandapon.wire;

/**
 * Result of a 1688 order creation [inferred, after the upstream fast-create result]. The order id is
 * 19 digits: kept as a String so no double ever rounds it. Fen.
 */
public record AlibabaOrderCreated(String orderId, long totalSuccessAmount, long postFee, String outOrderId,
                                  String status) {
}
