package io.groupbuy.pandapon.wire;

/** Wire body of the batch check: {@code params} is a JSON-encoded array of {@link TaobaoBatchCheckItem}. */
public record TaobaoBatchCheckRequest(String params) {
}
