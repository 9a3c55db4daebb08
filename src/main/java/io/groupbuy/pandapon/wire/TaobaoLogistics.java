package io.groupbuy.pandapon.wire;

import java.util.List;

/** Logistics of a Taobao order [inferred]. Trace times in epoch ms. */
public record TaobaoLogistics(String orderId, String logisticsCompany, String logisticsNumber, String status,
                              List<Trace> traces) {
    public TaobaoLogistics {
        traces = WireLists.copy(traces);
    }

    public record Trace(long time, String description) {
    }
}
