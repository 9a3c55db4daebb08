package io.groupbuy.pandapon.wire;

/** Body of the Taobao order page query [inferred]. Null fields do not filter. */
public record TaobaoOrderQuery(Integer pageNo, Integer pageSize, Integer orderStatus, String sellerOrderNumber,
                               String orderId) {
    public static TaobaoOrderQuery bySellerOrderNumber(String clientKey) {
        return new TaobaoOrderQuery(1, 20, null, clientKey, null);
    }

    public static TaobaoOrderQuery page(int pageNo, int pageSize) {
        return new TaobaoOrderQuery(pageNo, pageSize, null, null, null);
    }
}
