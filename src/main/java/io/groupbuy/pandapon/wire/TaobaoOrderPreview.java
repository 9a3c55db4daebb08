package io.groupbuy.pandapon.wire;

import java.util.List;

/**
 * Result of the Taobao order preview [inferred]: current unit prices, stock and freight, in fen. The
 * amounts are exactly what a direct create with the same lines would charge.
 *
 * @param orderable true when every line is available in the requested quantity
 */
public record TaobaoOrderPreview(
        List<Line> lines, long productAmount, long shippingFee, long totalAmount, String currency, boolean orderable) {
    public TaobaoOrderPreview {
        lines = WireLists.copy(lines);
    }

    /**
     * @param price   current unit price, fen
     * @param stock   current stock of the SKU
     * @param message why the line cannot be ordered, null when it can
     */
    public record Line(String itemId, String skuId, String title, int quantity, long price, long amount,
                       long stock, boolean available, String message) {
    }
}
