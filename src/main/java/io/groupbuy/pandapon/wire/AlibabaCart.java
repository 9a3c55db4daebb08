package io.groupbuy.pandapon.wire;

import java.util.List;

/** 1688 cart (K1, v2 documented): valid and invalid items grouped by seller. */
public record AlibabaCart(List<Shop> enableList, List<Shop> disableList) {
    public AlibabaCart {
        enableList = WireLists.copy(enableList);
        disableList = WireLists.copy(disableList);
    }

    public record Shop(String sellerOpenId, String sellerNickName, List<Item> cartItemInfos) {
        public Shop {
            cartItemInfos = WireLists.copy(cartItemInfos);
        }
    }

    /**
     * A cart record ({@code id} is what edit, delete, preview and create take). {@code offerId} is
     * [inferred]; the doc lists {@code offerMapId}. Money in fen.
     *
     * @param amountOnSale stock
     */
    public record Item(
            long id,
            String offerId,
            String offerMapId,
            String specId,
            String skuId,
            String itemTitle,
            String itemPic,
            long price,
            int quantity,
            long amountOnSale,
            String properties) {
    }
}
