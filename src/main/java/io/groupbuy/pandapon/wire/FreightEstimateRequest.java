package io.groupbuy.pandapon.wire;

/**
 * Body of the overseas freight estimate (W1, documented). {@code itemId}/{@code skuId} are the
 * distribution ids (mpId/mpSkuId). {@code price} is a string in {@code currency}; its unit is not
 * documented (API.md §4.1).
 */
public record FreightEstimateRequest(String itemId, String skuId, int quantity, ReceiverAddress receiverAddress,
                                     String currency, String price) {
}
