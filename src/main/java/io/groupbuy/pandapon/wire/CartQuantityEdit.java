package io.groupbuy.pandapon.wire;

/** Body of a cart quantity edit (1688 K4 documented; the Taobao twin inferred): cart record id and new quantity. */
public record CartQuantityEdit(long id, int quantity) {
}
