package io.groupbuy.pandapon.wire;

import java.util.List;

/**
 * A Taobao purchase order as the order page/detail return it [inferred shape; the status code is the
 * TaoBaoOrderStatusEnum of API.md §6.5, the money fields follow the clone's callback payload]. Fen;
 * times in epoch ms.
 *
 * @param payStatus  1 unpaid (or a price rise left something to pay), 2 paid
 * @param paidAmount what has been paid so far
 */
public record TaobaoOrder(
        String orderId,
        String orderNo,
        String sellerOrderNumber,
        int orderStatus,
        String orderStatusName,
        int payStatus,
        long productAmount,
        long shippingFee,
        long totalAmount,
        long paidAmount,
        long refundAmount,
        String currency,
        String closeReason,
        Long createTime,
        Long payTime,
        Long updateTime,
        String logisticsCompany,
        String logisticsNumber,
        List<Line> lines) {
    public TaobaoOrder {
        lines = WireLists.copy(lines);
    }

    /** A sub-order. {@code itemId}/{@code skuId} are the distribution ids the order was placed with. */
    public record Line(String subOrderId, String itemId, String skuId, String title, String picUrl,
                       int quantity, long price, long amount, int refundStatus) {
    }
}
