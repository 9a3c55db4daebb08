package io.groupbuy.pandapon.wire;

/**
 * Body of the 1688 order page (P5: path documented, body [inferred] after upstream 1688). Null
 * fields do not filter; {@code outOrderId} finds an order by our client key.
 */
public record AlibabaOrderQuery(Integer page, Integer pageSize, String orderStatus, String outOrderId, String orderId) {
    public static AlibabaOrderQuery byOutOrderId(String clientKey) {
        return new AlibabaOrderQuery(1, 20, null, clientKey, null);
    }

    public static AlibabaOrderQuery page(int page, int pageSize) {
        return new AlibabaOrderQuery(page, pageSize, null, null, null);
    }
}
