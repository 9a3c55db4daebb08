package io.groupbuy.pandapon.wire;

/** A platform address (B1/B2). {@code id} null or 0 creates, otherwise updates [inferred]. */
public record PandaPonAddress(Long id, String name, String province, String city, String district,
                              String address, String phone) {
}
