package io.groupbuy.pandapon.wire;

/**
 * One 1688 order line ({@code cargoParamList} entry): v1 uses the numeric {@code offerId}, v2 the
 * {@code offerMapId}; send either or both. {@code quantity} is a number on the wire ({@code 2.0} in
 * the clone sample).
 */
public record AlibabaCargo(Long offerId, String offerMapId, String specId, int quantity, String sellerOpenId) {
    public static AlibabaCargo of(long offerId, String specId, int quantity) {
        return new AlibabaCargo(offerId, null, specId, quantity, null);
    }
}
