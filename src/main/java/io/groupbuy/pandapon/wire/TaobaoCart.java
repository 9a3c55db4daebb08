package io.groupbuy.pandapon.wire;

import java.util.List;

/** Taobao cart list [inferred: modelled on the documented 1688 cart, API.md §5.2]. */
public record TaobaoCart(List<Shop> enableList, List<Shop> disableList) {
    public TaobaoCart {
        enableList = WireLists.copy(enableList);
        disableList = WireLists.copy(disableList);
    }

    /** Cart items grouped by shop. */
    public record Shop(String shopId, String shopName, List<Item> cartItemInfos) {
        public Shop {
            cartItemInfos = WireLists.copy(cartItemInfos);
        }
    }

    /**
     * One cart record; {@code id} is what edit, delete and create-from-cart take. Money in fen.
     *
     * @param skuQuantity stock of the SKU
     */
    public record Item(
            long id,
            String itemId,
            String itemMapId,
            String mpId,
            String mpSkuId,
            String skuId,
            String itemTitle,
            String itemPic,
            long price,
            Long promotionPrice,
            int quantity,
            long skuQuantity,
            String properties) {
    }
}
