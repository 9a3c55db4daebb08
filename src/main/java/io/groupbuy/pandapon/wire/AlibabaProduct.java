package io.groupbuy.pandapon.wire;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;

/**
 * 1688 product detail (G1). {@code offerId}, {@code subject}, {@code subjectTrans},
 * {@code description} are documented; image, SKU and quantity field names are [inferred] (the
 * upstream 1688 names {@code productImages}, {@code productSkuInfos} are accepted as aliases).
 * Money in fen.
 *
 * @param minOrderQuantity minimum order quantity (1688 items often need 2+)
 */
public record AlibabaProduct(
        String offerId,
        String offerMapId,
        String categoryId,
        String categoryName,
        String subject,
        String subjectTrans,
        String description,
        @JsonAlias("productImages") List<String> images,
        @JsonAlias("productSkuInfos") List<AlibabaSku> skus,
        long minOrderQuantity,
        String sellerOpenId,
        String companyName,
        String unit,
        String status) {
    public AlibabaProduct {
        images = WireLists.copy(images);
        skus = WireLists.copy(skus);
    }
}
