package io.groupbuy.core;

import java.util.Objects;

/** A product as a link names it: marketplace plus the numeric item id (Taobao/Tmall item, 1688 offer). */
public record ProductRef(Marketplace marketplace, String itemId) {
    public ProductRef {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(itemId, "itemId");
        if (itemId.isBlank() || itemId.length() > 64) {
            throw new IllegalArgumentException("bad item id");
        }
    }

    public String key() {
        return marketplace.code() + ":" + itemId;
    }

    @Override
    public String toString() {
        return key();
    }
}
