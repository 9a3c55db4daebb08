package io.groupbuy.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A marketplace product as PandaPon describes it. {@code mapId} is PandaPon's opaque v2 id
 * (itemMapId / offerMapId) when known, {@code mpId} the Taobao distribution id cart and order calls
 * need. {@code minQuantity} is the item's {@code beginAmount}. A product without variants has one SKU.
 */
public record Product(ProductRef ref, String title, List<String> pictureUrls, long priceFen,
                      long promotionPriceFen, int stock, int minQuantity, String mapId, String mpId,
                      String shopName, List<Sku> skus) {
    public Product {
        Objects.requireNonNull(ref, "ref");
        title = title == null ? "" : title;
        pictureUrls = pictureUrls == null ? List.of() : List.copyOf(pictureUrls);
        skus = skus == null ? List.of() : List.copyOf(skus);
        minQuantity = Math.max(1, minQuantity);
        stock = Math.max(0, stock);
    }

    public long unitPriceFen() {
        return Prices.effective(priceFen, promotionPriceFen);
    }

    public Optional<String> picture() {
        return pictureUrls.stream().findFirst();
    }

    public Optional<Sku> sku(String key) {
        return skus.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Lowest and highest unit price over the SKUs that are in stock (or all when none is). */
    public long[] priceRange() {
        List<Sku> pool = skus.stream().filter(s -> s.stock() > 0).toList();
        if (pool.isEmpty()) {
            pool = skus;
        }
        if (pool.isEmpty()) {
            return new long[] {unitPriceFen(), unitPriceFen()};
        }
        long lo = Long.MAX_VALUE;
        long hi = 0;
        for (Sku s : pool) {
            lo = Math.min(lo, s.unitPriceFen());
            hi = Math.max(hi, s.unitPriceFen());
        }
        return new long[] {lo, hi};
    }

    /** The SKU dimensions in the order the marketplace lists them (usually colour, then size). */
    public List<String> dimensions() {
        Set<String> names = new LinkedHashSet<>();
        for (Sku s : skus) {
            for (SkuProperty p : s.properties()) {
                names.add(p.name());
            }
        }
        return new ArrayList<>(names);
    }

    /** Distinct values of one dimension among the SKUs that match the choices made so far. */
    public List<String> valuesOf(String dimension, List<SkuProperty> chosen) {
        Set<String> values = new LinkedHashSet<>();
        for (Sku s : skus) {
            if (matches(s, chosen)) {
                String v = s.valueOf(dimension);
                if (v != null) {
                    values.add(v);
                }
            }
        }
        return new ArrayList<>(values);
    }

    public List<Sku> skusMatching(List<SkuProperty> chosen) {
        return skus.stream().filter(s -> matches(s, chosen)).toList();
    }

    private static boolean matches(Sku sku, List<SkuProperty> chosen) {
        for (SkuProperty c : chosen) {
            if (!c.value().equals(sku.valueOf(c.name()))) {
                return false;
            }
        }
        return true;
    }

    public SkuRef skuRef(Sku sku) {
        return new SkuRef(ref, mapId, mpId, sku.skuId(), sku.mpSkuId(), sku.specId());
    }
}
