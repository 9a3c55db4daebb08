package io.groupbuy.pandapon.wire;

/** Body of the 1688 product detail (G1): {@code country} is always {@code en}. */
public record AlibabaProductQuery(long offerId, String country, String outMemberId) {
}
