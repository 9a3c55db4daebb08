package io.groupbuy.sandbox;

import java.util.List;

/**
 * An order as the admin API shows it. Money in fen, times epoch ms.
 *
 * @param platform   {@code taobao} or {@code 1688}
 * @param clientKey  the caller's sellerOrderNumber (Taobao) or outOrderId (1688)
 * @param status     Taobao status name (e.g. {@code TAOBAO_ORDER_WAIT_BUYER_PAY}) or 1688 status string
 * @param statusCode Taobao integer code; null for 1688
 */
public record SandboxOrderView(
        String platform,
        String orderId,
        String orderNo,
        String clientKey,
        String userId,
        String status,
        Integer statusCode,
        int payStatus,
        long productAmount,
        long shippingFee,
        long totalAmount,
        long paidAmount,
        long refundAmount,
        String logisticsCompany,
        String logisticsNumber,
        String closeReason,
        long createTime,
        long updateTime,
        List<Line> lines) {

    public SandboxOrderView {
        lines = List.copyOf(lines);
    }

    /** A sub-order; {@code itemId}/{@code orderSkuId} are the ids it was ordered with (mpId/mpSkuId or offerId/specId). */
    public record Line(String lineId, String productId, String skuId, String itemId, String orderSkuId, String title,
                       int quantity, long unitPrice, long amount, int refundStatus) {
    }

    static SandboxOrderView of(SandboxOrder o) {
        return new SandboxOrderView(o.taobao ? "taobao" : "1688", o.orderId, o.orderNo, o.clientKey, o.userId,
                o.status, o.taobao ? OrderStatusMachine.code(true, o.status) : null, o.payStatus(),
                o.productAmount(), o.shippingFee, o.totalAmount(), o.paidAmount, o.refundAmount,
                o.logisticsCompany, o.logisticsNumber, o.closeReason, o.createTime, o.updateTime,
                o.lines.stream().map(l -> new Line(l.lineId, l.productId, l.skuId, l.itemId, l.orderSkuId, l.title,
                        l.quantity, l.unitPrice, l.amount(), l.refundStatus)).toList());
    }
}
