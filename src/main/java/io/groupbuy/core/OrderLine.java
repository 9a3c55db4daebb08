package io.groupbuy.core;

/** One line of a placed order, at the price the admin confirmed. */
public record OrderLine(long id, UserId member, String memberName, SkuRef sku, String title, String skuDescription,
                        long unitFen, int quantity) {
    public long subtotalFen() {
        return Math.multiplyExact(unitFen, (long) quantity);
    }
}
