package io.groupbuy.pandapon.wire;

import java.util.List;

/** One entry of the batch-check {@code params} string (T2): a Taobao item id and the SKU ids to look up. */
public record TaobaoBatchCheckItem(String itemId, List<String> skuIds) {
    public TaobaoBatchCheckItem {
        skuIds = WireLists.copy(skuIds);
    }
}
