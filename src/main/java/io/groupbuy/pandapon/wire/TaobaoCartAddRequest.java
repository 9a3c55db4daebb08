package io.groupbuy.pandapon.wire;

import java.util.List;

/**
 * Body of Taobao cart add (C1, v2 documented). {@code mpId} and {@code mpSkuId} are required; the
 * display fields are copied from the product detail. {@code properties} is a JSON-encoded string;
 * {@code skuQuantity} (SKU stock) is a string on the wire. v1 sends {@code itemId} instead of
 * {@code itemMapId}. Money in fen.
 */
public record TaobaoCartAddRequest(
        String userId,
        Integer platform,
        String itemMapId,
        String itemId,
        String skuId,
        String itemTitle,
        String itemPic,
        String mpId,
        String mpSkuId,
        Long price,
        Long promotionPrice,
        String properties,
        int quantity,
        Long shopId,
        String aliShopId,
        String shopName,
        String skuQuantity,
        String userNick,
        List<PriceRange> priceRanges,
        Integer quoteType) {

    /** v2 tiered price: {@code price} is a number of unstated unit (API.md §4.1). */
    public record PriceRange(Integer startQuantity, Double price) {
    }
}
