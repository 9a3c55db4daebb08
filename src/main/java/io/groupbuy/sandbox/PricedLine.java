package io.groupbuy.sandbox;

/** A requested line resolved against the catalog at its current unit price (fen). */
record PricedLine(CatalogProduct product, CatalogSku sku, int quantity) {
    long unitPrice() {
        return sku.unitPrice();
    }

    long amount() {
        return unitPrice() * quantity;
    }

    /** Freight is charged per shop (Taobao) or seller (1688). */
    String shopKey() {
        return product.platform().group() + ":" + product.shopName();
    }
}
