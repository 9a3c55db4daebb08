package io.groupbuy.pandapon.wire;

import java.util.List;

/**
 * A 1688 order in the order page [inferred shape]. {@code status} is a 1688 trade status string
 * (API.md §6.5: waitbuyerpay, waitsellersend, waitbuyerreceive, confirm_goods, success, cancel,
 * terminated). Fen; times epoch ms.
 */
public record AlibabaOrder(
        String orderId,
        String status,
        String outOrderId,
        String message,
        long sumProductPayment,
        long shippingFee,
        long totalAmount,
        long paidAmount,
        long refundAmount,
        Long createTime,
        Long payTime,
        Long updateTime,
        String logisticsCompany,
        String logisticsNumber,
        List<Item> productItems) {
    public AlibabaOrder {
        productItems = WireLists.copy(productItems);
    }

    public record Item(String subItemId, String offerId, String offerMapId, String specId, String skuId,
                       String name, int quantity, long price, long itemAmount) {
    }
}
