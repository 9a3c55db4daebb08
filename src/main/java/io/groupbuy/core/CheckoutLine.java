package io.groupbuy.core;

/**
 * A cart line as the checkout re-checked it: the unit price when it was added and now, and how many
 * the marketplace can supply. A line the marketplace cannot supply at all is excluded from the order
 * and stays in the cart.
 */
public record CheckoutLine(long cartLineId, UserId member, String memberName, SkuRef sku, String title,
                           String skuDescription, long addedUnitFen, long unitFen, int quantity, int available,
                           boolean excluded) {
    public long subtotalFen() {
        return excluded ? 0 : Math.multiplyExact(unitFen, (long) quantity);
    }

    public boolean priceChanged() {
        return addedUnitFen != unitFen;
    }

    public boolean stockShort() {
        return available < quantity;
    }

    public Marketplace marketplace() {
        return sku.product().marketplace();
    }
}
