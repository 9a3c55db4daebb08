package io.groupbuy.pandapon.wire;

/** Body of 1688 cancel (P8, documented): {@code webSite} is always {@code 1688}; the order id is an int64. */
public record AlibabaCancelBody(String webSite, long orderId, String cancelReason, String remark) {
    public static AlibabaCancelBody of(String orderId, String reason) {
        return new AlibabaCancelBody("1688", Long.parseLong(orderId), reason, null);
    }
}
