package io.groupbuy.core.port;

import io.groupbuy.core.SkuRef;

/** One line to quote or order upstream, at the unit price (fen) we expect to pay. */
public record OrderItem(SkuRef sku, String title, int quantity, long unitFen) {
    public long subtotalFen() {
        return Math.multiplyExact(unitFen, (long) quantity);
    }
}
