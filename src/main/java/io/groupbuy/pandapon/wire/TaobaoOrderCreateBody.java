package io.groupbuy.pandapon.wire;

/**
 * The wire body of direct create (O1, v1 documented) and of our inferred preview: lines and receiver
 * are JSON-encoded strings, {@code purchaseAmount} is fen.
 */
public record TaobaoOrderCreateBody(
        String orderLineList,
        long purchaseAmount,
        String receiver,
        String sellerOrderNumber,
        String orderSource) {
}
