package io.groupbuy.pandapon.wire;

import java.util.List;

/** Body of the 1688 preview from cart (K5, v1 documented). */
public record AlibabaCartPreviewBody(AlibabaAddress addressParam, List<Long> cartIds) {
    public AlibabaCartPreviewBody {
        cartIds = WireLists.copy(cartIds);
    }
}
