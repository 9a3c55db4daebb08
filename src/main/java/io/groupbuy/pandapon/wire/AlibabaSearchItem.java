package io.groupbuy.pandapon.wire;

/**
 * One hit of a 1688 search. {@code imageUrl} and {@code subject} are documented; the rest [inferred].
 * {@code price} in fen.
 */
public record AlibabaSearchItem(
        String offerId,
        String offerMapId,
        String imageUrl,
        String subject,
        String subjectTrans,
        long price,
        Long monthSold,
        Long minOrderQuantity) {
}
