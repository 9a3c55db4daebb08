package io.groupbuy.pandapon.wire;

/** Result of a Taobao order creation [inferred]. {@code orderStatus} is a TaoBaoOrderStatusEnum code. Fen. */
public record TaobaoOrderCreated(
        String orderId,
        String orderNo,
        String sellerOrderNumber,
        int orderStatus,
        long productAmount,
        long shippingFee,
        long totalAmount) {
}
