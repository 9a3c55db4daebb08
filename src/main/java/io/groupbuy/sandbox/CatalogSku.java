package io.groupbuy.sandbox;

/**
 * One SKU of a catalog item: a colour and a size (or model, spec…). Money in fen.
 *
 * @param mpSkuId distribution SKU id (Taobao); null for 1688
 * @param specId  32-hex spec id (1688); null for Taobao
 */
record CatalogSku(int index, String skuId, String mpSkuId, String specId, Colour colour, String size,
                  long price, Long promotionPrice, long stock) {

    long unitPrice() {
        return promotionPrice != null && promotionPrice > 0 ? promotionPrice : price;
    }

    CatalogSku withPrice(long newPrice, Long newPromotionPrice) {
        return new CatalogSku(index, skuId, mpSkuId, specId, colour, size, newPrice, newPromotionPrice, stock);
    }

    CatalogSku withStock(long newStock) {
        return new CatalogSku(index, skuId, mpSkuId, specId, colour, size, price, promotionPrice, newStock);
    }

    boolean matches(String anyId) {
        return anyId != null && (anyId.equals(skuId) || anyId.equals(mpSkuId) || anyId.equals(specId));
    }
}
