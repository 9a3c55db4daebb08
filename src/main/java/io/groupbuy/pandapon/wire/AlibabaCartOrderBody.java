package io.groupbuy.pandapon.wire;

import java.util.List;

/** Body of 1688 create-order-from-cart (K6, v1 documented) plus our client key as {@code outOrderId} [inferred]. */
public record AlibabaCartOrderBody(
        String flow,
        String message,
        String shopPromotionId,
        String tradeType,
        AlibabaAddress addressParam,
        List<Long> cartIds,
        String userId,
        String staffName,
        String outOrderId) {
    public AlibabaCartOrderBody {
        cartIds = WireLists.copy(cartIds);
    }

    public static AlibabaCartOrderBody of(AlibabaAddress address, List<Long> cartIds, String clientKey) {
        return new AlibabaCartOrderBody("general", clientKey, null, null, address, cartIds, null, null, clientKey);
    }
}
