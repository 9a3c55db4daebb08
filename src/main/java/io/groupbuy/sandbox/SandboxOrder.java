package io.groupbuy.sandbox;

import java.util.List;

/**
 * An order held by the sandbox. Mutable, and only ever touched under the lock of
 * {@link SandboxOrders}. Money in fen, times epoch ms.
 */
final class SandboxOrder {
    /** A sub-order. {@code itemId}/{@code skuId} are the ids the order was placed with. */
    static final class Line {
        final String lineId;
        final String productId;
        final String skuId;
        final String itemId;
        final String orderSkuId;
        final String title;
        final String picUrl;
        final int quantity;
        long unitPrice;
        int refundStatus;

        Line(String lineId, PricedLine priced, String itemId, String orderSkuId, String picUrl) {
            this.lineId = lineId;
            this.productId = priced.product().id();
            this.skuId = priced.sku().skuId();
            this.itemId = itemId;
            this.orderSkuId = orderSkuId;
            this.title = priced.product().title();
            this.picUrl = picUrl;
            this.quantity = priced.quantity();
            this.unitPrice = priced.unitPrice();
        }

        long amount() {
            return unitPrice * quantity;
        }
    }

    final boolean taobao;
    final String orderId;
    final String orderNo;
    final String clientKey;
    final String message;
    final String userId;
    final long createTime;
    final List<Line> lines;
    String status;
    long shippingFee;
    /** Order-level change set by an admin "new total" price modification. */
    long priceAdjustment;
    /** Payment applied to the order total (an overpayment after a price cut is refunded, not kept). */
    long paidAmount;
    /** Everything returned to the buyer: price-cut differences and after-sales refunds. */
    long refundAmount;
    /** After-sales refunds only; they can never exceed what was paid. */
    long goodsRefund;
    Long payTime;
    long updateTime;
    String logisticsCompany;
    String logisticsNumber;
    String closeReason;

    SandboxOrder(boolean taobao, String orderId, String orderNo, String clientKey, String message, String userId,
                 long now, List<Line> lines, long shippingFee, String status) {
        this.taobao = taobao;
        this.orderId = orderId;
        this.orderNo = orderNo;
        this.clientKey = clientKey;
        this.message = message;
        this.userId = userId;
        this.createTime = now;
        this.updateTime = now;
        this.lines = List.copyOf(lines);
        this.shippingFee = shippingFee;
        this.status = status;
    }

    long productAmount() {
        return lines.stream().mapToLong(Line::amount).sum() + priceAdjustment;
    }

    long totalAmount() {
        return productAmount() + shippingFee;
    }

    long outstanding() {
        return Math.max(0, totalAmount() - paidAmount);
    }

    /** 2 = paid in full, 1 = something left to pay (clone convention). */
    int payStatus() {
        return paidAmount > 0 && outstanding() == 0 ? 2 : 1;
    }

    Line line(String lineId) {
        return lines.stream().filter(l -> l.lineId.equals(lineId)).findFirst().orElseThrow(() ->
                new SandboxError(SandboxError.NOT_FOUND, "order " + orderId + " has no line " + lineId));
    }
}
