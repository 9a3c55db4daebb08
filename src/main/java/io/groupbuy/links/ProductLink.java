package io.groupbuy.links;

import io.groupbuy.core.Marketplace;
import java.util.Objects;

/** An item of a marketplace PandaPon serves; {@code itemId} is the marketplace's own numeric id (see {@link ItemIds}). */
public record ProductLink(Marketplace marketplace, String itemId) implements FoundLink {
    public ProductLink {
        Objects.requireNonNull(marketplace, "marketplace");
        if (!ItemIds.isValid(itemId)) {
            throw new IllegalArgumentException("not an item id: " + itemId);
        }
    }
}
