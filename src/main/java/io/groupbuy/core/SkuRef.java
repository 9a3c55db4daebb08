package io.groupbuy.core;

import java.util.Objects;

/** Everything PandaPon needs to order one SKU of one product, kept on each cart and order line. */
public record SkuRef(ProductRef product, String mapId, String mpId, String skuId, String mpSkuId, String specId) {
    public SkuRef {
        Objects.requireNonNull(product, "product");
    }

    /** Same rule as {@link Sku#key()}: tells SKUs of one product apart. */
    public String skuKey() {
        if (specId != null && !specId.isBlank()) {
            return specId;
        }
        return skuId == null || skuId.isBlank() ? "-" : skuId;
    }
}
