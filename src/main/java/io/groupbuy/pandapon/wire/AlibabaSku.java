package io.groupbuy.pandapon.wire;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;

/**
 * One 1688 SKU. {@code specId} (32 hex) is what 1688 orders and carts need. Money in fen.
 *
 * @param amountOnSale stock
 */
public record AlibabaSku(
        String skuId,
        String specId,
        long price,
        Long promotionPrice,
        long amountOnSale,
        String imageUrl,
        @JsonAlias("skuAttributes") List<Attribute> attributes) {
    public AlibabaSku {
        attributes = WireLists.copy(attributes);
    }

    public long unitPrice() {
        return promotionPrice != null && promotionPrice > 0 ? promotionPrice : price;
    }

    /** e.g. {@code 颜色 = 红色} ({@code Colour = Red}). */
    public record Attribute(String attributeId, String attributeName, String attributeNameTrans,
                            String value, String valueTrans) {
    }
}
