package io.groupbuy.pandapon.wire;

import java.util.List;

/** Body of the 1688 order preview (P6). */
public record AlibabaPreviewBody(String flow, AlibabaAddress addressParam, List<AlibabaCargo> cargoParamList) {
    public AlibabaPreviewBody {
        cargoParamList = WireLists.copy(cargoParamList);
    }
}
