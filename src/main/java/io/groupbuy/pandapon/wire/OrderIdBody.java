package io.groupbuy.pandapon.wire;

/** Body of the Taobao cancel and pay calls [inferred]: the order id and, for cancel, a reason. */
public record OrderIdBody(String orderId, String cancelReason) {
}
