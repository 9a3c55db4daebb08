package io.groupbuy.pandapon.wire;

import java.util.List;

/**
 * Body of 1688 order create (P7: v1 shape on the v2 path). Our client key goes in {@code message} (a
 * documented free-text field) and in {@code outOrderId} [inferred field], so the order can be found
 * again after a crash. {@code flow}: {@code general} or {@code fenxiaonew}.
 */
public record AlibabaOrderCreateBody(
        String flow,
        String message,
        String shopPromotionId,
        String tradeType,
        AlibabaAddress addressParam,
        List<AlibabaCargo> cargoParamList,
        String outOrderId) {
    public AlibabaOrderCreateBody {
        cargoParamList = WireLists.copy(cargoParamList);
    }

    public static AlibabaOrderCreateBody of(AlibabaAddress address, List<AlibabaCargo> cargo, String clientKey) {
        return new AlibabaOrderCreateBody("general", clientKey, null, null, address, cargo, clientKey);
    }
}
