package io.groupbuy.pandapon.wire;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A line of a direct Taobao order (O1). {@code itemId}/{@code skuId} are the <b>distribution</b> ids
 * ({@code mpId}/{@code mpSkuId} of the product detail), per the upstream rule. Quantity and unit
 * price (fen) travel as strings, as in the documented sample.
 */
public record TaobaoOrderLine(
        String itemId,
        String skuId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) int quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) long price,
        String orderLineNo,
        String currency) {

    public static TaobaoOrderLine of(String mpId, String mpSkuId, int quantity, long unitPriceFen, int lineNo) {
        return new TaobaoOrderLine(mpId, mpSkuId, quantity, unitPriceFen, Integer.toString(lineNo), "CNY");
    }

    public long amount() {
        return price * quantity;
    }
}
