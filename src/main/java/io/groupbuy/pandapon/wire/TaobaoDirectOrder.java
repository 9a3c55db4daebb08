package io.groupbuy.pandapon.wire;

import java.util.List;

/**
 * What the bot asks for when it places (or previews) a Taobao order directly. {@code purchaseAmount}
 * must equal the sum of quantity x price over the lines (fen). {@code sellerOrderNumber} is OUR
 * client key: it makes the order findable after a crash ({@code taobaoOrderPage} filters by it).
 */
public record TaobaoDirectOrder(
        List<TaobaoOrderLine> lines,
        long purchaseAmount,
        TaobaoReceiver receiver,
        String sellerOrderNumber,
        String orderSource) {
    public TaobaoDirectOrder {
        lines = WireLists.copy(lines);
    }

    /** An order whose purchaseAmount is computed from its lines. */
    public static TaobaoDirectOrder of(List<TaobaoOrderLine> lines, TaobaoReceiver receiver, String clientKey) {
        long sum = lines.stream().mapToLong(TaobaoOrderLine::amount).sum();
        return new TaobaoDirectOrder(lines, sum, receiver, clientKey, null);
    }
}
