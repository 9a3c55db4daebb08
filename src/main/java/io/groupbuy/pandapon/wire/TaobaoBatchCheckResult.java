package io.groupbuy.pandapon.wire;

import java.util.List;

/** Batch-check result (T2): which items have a distribution listing. Item field names [inferred]. */
public record TaobaoBatchCheckResult(
        List<MpProduct> mpProducts, List<String> noMpProductItemIds, List<NoMpReason> noMpReasonList) {
    public TaobaoBatchCheckResult {
        mpProducts = WireLists.copy(mpProducts);
        noMpProductItemIds = WireLists.copy(noMpProductItemIds);
        noMpReasonList = WireLists.copy(noMpReasonList);
    }

    /** A Taobao item with its distribution ids [inferred: three fields]. */
    public record MpProduct(String itemId, String mpId, List<MpSku> mpSkus) {
        public MpProduct {
            mpSkus = WireLists.copy(mpSkus);
        }
    }

    public record MpSku(String skuId, String mpSkuId) {
    }

    /** Why an item has no distribution listing [inferred: two fields]. */
    public record NoMpReason(String itemId, String reason) {
    }
}
