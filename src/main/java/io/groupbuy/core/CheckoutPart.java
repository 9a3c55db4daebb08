package io.groupbuy.core;

/** The upstream preview of one marketplace's part of a checkout: goods and freight, fen. */
public record CheckoutPart(Marketplace marketplace, long goodsFen, long freightFen) {
    public long totalFen() {
        return goodsFen + freightFen;
    }
}
