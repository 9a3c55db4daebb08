package io.groupbuy.core;

/** Price rules shared by products and SKUs. */
public final class Prices {
    private Prices() {
    }

    /** The promotion price counts only when it is set (above 0) and lower than the list price. */
    public static long effective(long priceFen, long promotionPriceFen) {
        if (promotionPriceFen > 0 && (priceFen <= 0 || promotionPriceFen < priceFen)) {
            return promotionPriceFen;
        }
        return priceFen;
    }
}
