package io.groupbuy.sandbox;

import java.util.List;

/** One entry of {@code sandbox/catalog.json}. Money in fen; SKUs are colours x sizes. */
record SeedProduct(
        CatalogPlatform platform,
        String id,
        String title,
        String titleEn,
        String shortName,
        String description,
        String shop,
        String shopId,
        String nick,
        String categoryId,
        String category,
        String categoryPath,
        long price,
        Long promotionPrice,
        long sizeStep,
        long beginAmount,
        List<String> colours,
        String sizeName,
        String sizeNameEn,
        List<String> sizes,
        List<Long> stock,
        String mpId,
        List<String> skuIds,
        long sales) {

    /** The file's top level. */
    record File(String comment, List<SeedProduct> products) {
    }
}
