package io.groupbuy.pandapon.wire;

import java.util.List;

/**
 * Taobao/Tmall product detail (API.md §5.1 T1). Money in fen; {@code promotionPrice} null when the
 * item has none. {@code itemMapId} is not in the documented response; the sandbox fills it [inferred].
 *
 * @param quantity    total stock
 * @param beginAmount minimum purchase quantity (0 or 1 = no minimum)
 */
public record TaobaoProduct(
        String itemId,
        String itemMapId,
        String mpId,
        String title,
        String description,
        List<String> picUrls,
        long price,
        Long promotionPrice,
        long quantity,
        long beginAmount,
        String status,
        String itemType,
        String shopId,
        String shopName,
        String userNick,
        String categoryId,
        String categoryName,
        String categoryPath,
        String productUnit,
        List<TaobaoSku> skuList) {
    public TaobaoProduct {
        picUrls = WireLists.copy(picUrls);
        skuList = WireLists.copy(skuList);
    }
}
