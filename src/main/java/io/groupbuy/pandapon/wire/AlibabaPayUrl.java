package io.groupbuy.pandapon.wire;

import java.util.List;

/** 1688 payment link (P9, documented {@code AlibabaPayOrderVO}). */
public record AlibabaPayUrl(String orderId, boolean protocolPaySuccess, String payUrl, List<String> cantPayOrderList) {
    public AlibabaPayUrl {
        cantPayOrderList = WireLists.copy(cantPayOrderList);
    }
}
