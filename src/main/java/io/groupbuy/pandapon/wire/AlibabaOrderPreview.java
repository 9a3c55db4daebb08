package io.groupbuy.pandapon.wire;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * 1688 order preview (P6/K5): the v1 schema's wrapper with {@code orderPreviewResuslt} (sic) holding
 * per-seller results in the clone's shape. Business failures arrive inside a 200 envelope as
 * {@code success=false, errorCode, errorMsg}. Money in fen.
 */
public record AlibabaOrderPreview(
        @JsonProperty("orderPreviewResuslt") @JsonAlias("orderPreviewResult") List<Result> results,
        boolean success,
        String errorCode,
        String errorMsg,
        List<String> unsupportedCrossBorderPayOfferList) {
    public AlibabaOrderPreview {
        results = WireLists.copy(results);
        unsupportedCrossBorderPayOfferList = WireLists.copy(unsupportedCrossBorderPayOfferList);
    }

    /**
     * The clone answers with a bare array of results instead of the wrapper; this turns either form
     * into the wrapper so one record reads both.
     */
    public static JsonNode normalize(JsonNode data) {
        if (data != null && data.isArray()) {
            ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
            wrapper.set("orderPreviewResuslt", data);
            wrapper.put("success", true);
            return wrapper;
        }
        return data;
    }

    public long totalPayment() {
        return results.stream().mapToLong(Result::sumPayment).sum();
    }

    public long totalCarriage() {
        return results.stream().mapToLong(Result::sumCarriage).sum();
    }

    /**
     * One seller's preview: {@code sumPayment = sumPaymentNoCarriage + sumCarriage}.
     *
     * @param sumTotalPayment the clone sample shows a larger figure than sumPayment (fees?); unexplained
     */
    public record Result(
            Long discountFee,
            List<String> tradeModeNameList,
            Boolean status,
            long sumCarriage,
            long sumPayment,
            long sumPaymentNoCarriage,
            Long sumTotalPayment,
            List<Item> orderItemTOList) {
        public Result {
            tradeModeNameList = WireLists.copy(tradeModeNameList);
            orderItemTOList = WireLists.copy(orderItemTOList);
        }
    }

    /**
     * @param amount         finalUnitPrice x quantity
     * @param amountOnSale   current stock [inferred field]
     * @param message        non-null when the line has a problem
     */
    public record Item(String offerId, String openOfferId, String specId, String skuId, int quantity,
                       long finalUnitPrice, long amount, Long amountOnSale, String message) {
    }
}
