package io.groupbuy.pandapon.wire;

import java.util.List;

/**
 * Body of create-order-from-cart (C6, v1 documented: ids, orderAddress, userId) plus our client key
 * as {@code sellerOrderNumber} [inferred field].
 */
public record TaobaoCartOrderBody(List<Long> ids, TaobaoReceiver orderAddress, String userId, String sellerOrderNumber) {
    public TaobaoCartOrderBody {
        ids = WireLists.copy(ids);
    }
}
