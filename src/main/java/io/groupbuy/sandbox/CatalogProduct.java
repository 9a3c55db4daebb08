package io.groupbuy.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A catalog item, seeded or synthetic. Immutable: admin changes replace it in {@link SandboxCatalog}.
 *
 * @param mpId        distribution product id (Taobao); null for 1688
 * @param beginAmount minimum order quantity
 * @param postFee     shipping fee shown on the SKUs (the order freight follows {@link FreightRule})
 */
record CatalogProduct(
        CatalogPlatform platform,
        String id,
        String mapId,
        String mpId,
        String title,
        String titleEn,
        String shortName,
        String description,
        String shopId,
        String shopName,
        String sellerNick,
        String sellerOpenId,
        String categoryId,
        String categoryName,
        String categoryPath,
        String colourName,
        String colourNameEn,
        String sizeName,
        String sizeNameEn,
        long beginAmount,
        long postFee,
        long sales,
        boolean synthetic,
        List<CatalogSku> skus) {

    CatalogProduct {
        skus = List.copyOf(skus);
    }

    Optional<CatalogSku> sku(String anyId) {
        return skus.stream().filter(s -> s.matches(anyId)).findFirst();
    }

    long totalStock() {
        return skus.stream().mapToLong(CatalogSku::stock).sum();
    }

    /** The cheapest unit price, for search results. */
    long fromPrice() {
        return skus.stream().mapToLong(CatalogSku::unitPrice).min().orElse(0);
    }

    long fromListPrice() {
        return skus.stream().mapToLong(CatalogSku::price).min().orElse(0);
    }

    /** Applies {@code change} to the SKUs {@code skuId} names, or to all of them when it is null. */
    CatalogProduct withSkus(String skuId, UnaryOperator<CatalogSku> change) {
        List<CatalogSku> changed = new ArrayList<>(skus.size());
        boolean hit = false;
        for (CatalogSku s : skus) {
            if (skuId == null || s.matches(skuId)) {
                changed.add(change.apply(s));
                hit = true;
            } else {
                changed.add(s);
            }
        }
        if (!hit) {
            throw new SandboxError(SandboxError.NOT_FOUND, "product " + id + " has no SKU " + skuId);
        }
        return new CatalogProduct(platform, id, mapId, mpId, title, titleEn, shortName, description, shopId,
                shopName, sellerNick, sellerOpenId, categoryId, categoryName, categoryPath, colourName,
                colourNameEn, sizeName, sizeNameEn, beginAmount, postFee, sales, synthetic, changed);
    }
}
