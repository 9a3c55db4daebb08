package io.groupbuy.pandapon.wire;

import java.util.List;

/** Body of a cart delete [inferred]: the cart record ids to remove. */
public record CartDelete(List<Long> ids) {
    public CartDelete {
        ids = WireLists.copy(ids);
    }
}
