package io.groupbuy.pandapon.wire;

/**
 * One hit of a Taobao search [inferred shape: the search response was not retrievable]. Carries both
 * the numeric {@code itemId} and the v2 {@code itemMapId}. Money in fen.
 */
public record TaobaoSearchItem(
        String itemId,
        String itemMapId,
        String title,
        String picUrl,
        long price,
        Long promotionPrice,
        String shopName,
        Long sales) {
}
