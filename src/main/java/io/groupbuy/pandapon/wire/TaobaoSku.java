package io.groupbuy.pandapon.wire;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;

/**
 * One SKU of a Taobao product. {@code mpSkuId} is the distribution SKU id that cart add and direct
 * orders need (one documented sample spells it {@code mpSkuld}; both are accepted). Money in fen.
 *
 * @param quantity stock of this SKU
 * @param postFee  the SKU's shipping fee as shown by the product detail, fen
 */
public record TaobaoSku(
        String skuId,
        @JsonAlias("mpSkuld") String mpSkuId,
        long price,
        Long promotionPrice,
        long quantity,
        String status,
        Long postFee,
        String picUrl,
        List<TaobaoSkuProperty> properties) {
    public TaobaoSku {
        properties = WireLists.copy(properties);
    }

    /** What a buyer pays per unit: the promotion price when there is one. */
    public long unitPrice() {
        return promotionPrice != null && promotionPrice > 0 ? promotionPrice : price;
    }
}
