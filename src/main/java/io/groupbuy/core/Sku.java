package io.groupbuy.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One orderable variant of a product, with the ids PandaPon needs to order it: Taobao {@code skuId}
 * and distribution {@code mpSkuId}; 1688 {@code specId} (and its informational {@code skuId}).
 * Prices are fen; {@code promotionPriceFen} is 0 when there is no promotion.
 */
public record Sku(String skuId, String mpSkuId, String specId, List<SkuProperty> properties,
                  long priceFen, long promotionPriceFen, int stock, String pictureUrl) {
    public Sku {
        properties = properties == null ? List.of() : List.copyOf(properties);
        if (priceFen < 0 || promotionPriceFen < 0) {
            throw new IllegalArgumentException("negative price");
        }
        stock = Math.max(0, stock);
    }

    /** What a member pays per unit: the promotion price when there is a lower one. */
    public long unitPriceFen() {
        return Prices.effective(priceFen, promotionPriceFen);
    }

    /** The id that tells this SKU apart within its product. */
    public String key() {
        if (specId != null && !specId.isBlank()) {
            return specId;
        }
        return skuId == null || skuId.isBlank() ? "-" : skuId;
    }

    /** "Red / XL" */
    public String description() {
        return properties.stream().map(SkuProperty::value).filter(v -> !v.isBlank())
                .collect(Collectors.joining(" / "));
    }

    public String valueOf(String dimension) {
        for (SkuProperty p : properties) {
            if (p.name().equals(dimension)) {
                return p.value();
            }
        }
        return null;
    }
}
