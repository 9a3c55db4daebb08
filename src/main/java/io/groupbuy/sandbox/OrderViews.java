package io.groupbuy.sandbox;

import io.groupbuy.pandapon.TaobaoOrderStatus;
import io.groupbuy.pandapon.wire.AlibabaOrder;
import io.groupbuy.pandapon.wire.AlibabaOrderCreated;
import io.groupbuy.pandapon.wire.TaobaoLogistics;
import io.groupbuy.pandapon.wire.TaobaoOrder;
import io.groupbuy.pandapon.wire.TaobaoOrderCreated;
import java.util.ArrayList;
import java.util.List;

/** Sandbox orders rendered as the wire DTOs; called under the orders lock. */
final class OrderViews {
    private OrderViews() {
    }

    static TaobaoOrder taobao(SandboxOrder o) {
        return new TaobaoOrder(o.orderId, o.orderNo, o.clientKey, OrderStatusMachine.code(true, o.status), o.status,
                o.payStatus(), o.productAmount(), o.shippingFee, o.totalAmount(), o.paidAmount, o.refundAmount,
                "CNY", o.closeReason, o.createTime, o.payTime, o.updateTime, o.logisticsCompany, o.logisticsNumber,
                o.lines.stream().map(l -> new TaobaoOrder.Line(l.lineId, l.itemId, l.orderSkuId, l.title, l.picUrl,
                        l.quantity, l.unitPrice, l.amount(), l.refundStatus)).toList());
    }

    static TaobaoOrderCreated taobaoCreated(SandboxOrder o) {
        return new TaobaoOrderCreated(o.orderId, o.orderNo, o.clientKey, OrderStatusMachine.code(true, o.status),
                o.productAmount(), o.shippingFee, o.totalAmount());
    }

    static TaobaoLogistics taobaoLogistics(SandboxOrder o) {
        List<TaobaoLogistics.Trace> traces = new ArrayList<>();
        if (o.logisticsNumber != null) {
            traces.add(new TaobaoLogistics.Trace(o.updateTime, "卖家已发货 / The seller has shipped ("
                    + o.logisticsCompany + " " + o.logisticsNumber + ")"));
        }
        String state = o.logisticsNumber == null ? "NOT_SHIPPED"
                : o.status.equals(TaobaoOrderStatus.WAIT_BUYER_CONFIRM_GOODS.name()) ? "IN_TRANSIT" : "SHIPPED";
        return new TaobaoLogistics(o.orderId, o.logisticsCompany, o.logisticsNumber, state, traces);
    }

    static AlibabaOrder alibaba(SandboxOrder o) {
        return new AlibabaOrder(o.orderId, o.status, o.clientKey, o.message, o.productAmount(), o.shippingFee,
                o.totalAmount(), o.paidAmount, o.refundAmount, o.createTime, o.payTime, o.updateTime,
                o.logisticsCompany, o.logisticsNumber,
                o.lines.stream().map(l -> new AlibabaOrder.Item(l.lineId, l.itemId,
                        SandboxIds.mapId(CatalogPlatform.ALIBABA, l.itemId), l.orderSkuId, l.skuId, l.title,
                        l.quantity, l.unitPrice, l.amount())).toList());
    }

    static AlibabaOrderCreated alibabaCreated(SandboxOrder o) {
        return new AlibabaOrderCreated(o.orderId, o.totalAmount(), o.shippingFee, o.clientKey, o.status);
    }
}
