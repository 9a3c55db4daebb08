package io.groupbuy.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's products: the seed file, plus a synthetic item for any other well-formed id so
 * every real link works. Lookups accept numeric ids and mapped ids; admin changes and orders replace
 * items (they are immutable records).
 */
final class SandboxCatalog {
    static final String SEED_RESOURCE = "/sandbox/catalog.json";
    private static final Pattern OWN_IMAGE = Pattern.compile("/sandbox/images/(tb|1688)-(\\d{6,20})-");

    private final ObjectMapper mapper;
    private final Map<String, CatalogProduct> products = new ConcurrentHashMap<>();
    private final Map<String, String> itemIdByMpId = new ConcurrentHashMap<>();
    private final List<String> seedKeys = new CopyOnWriteArrayList<>();

    SandboxCatalog(ObjectMapper mapper) {
        this.mapper = mapper;
        load();
    }

    synchronized void reset() {
        products.clear();
        itemIdByMpId.clear();
        seedKeys.clear();
        load();
    }

    /** A Taobao/Tmall item by numeric id or itemMapId. */
    CatalogProduct taobao(String anyId) {
        return resolve(CatalogPlatform.TAOBAO, anyId, "itemId");
    }

    /** A 1688 item by numeric offerId or offerMapId. */
    CatalogProduct alibaba(String anyId) {
        return resolve(CatalogPlatform.ALIBABA, anyId, "offerId");
    }

    /** A Taobao item by its distribution id, as direct-order lines carry it. */
    CatalogProduct byMpId(String mpId) {
        if (mpId == null || mpId.isBlank()) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "missing mpId");
        }
        String itemId = itemIdByMpId.get(mpId);
        if (itemId == null && mpId.matches("2048\\d{12}")) {
            itemId = mpId.substring(4).replaceFirst("^0+", "");
        }
        if (itemId == null || !SandboxIds.NUMERIC_ID.matcher(itemId).matches()) {
            throw new SandboxError(SandboxError.NOT_FOUND, "unknown distribution id (mpId) " + mpId
                    + "; order lines take the mpId/mpSkuId of the product detail, not the Taobao item/sku ids");
        }
        CatalogProduct product = taobao(itemId);
        if (!mpId.equals(product.mpId())) {
            throw new SandboxError(SandboxError.NOT_FOUND, "unknown distribution id (mpId) " + mpId);
        }
        return product;
    }

    /** Items whose titles (Chinese or English), short name or category contain every word; empty = top sellers. */
    List<CatalogProduct> search(boolean taobaoApi, String keyword) {
        String[] words = keyword == null ? new String[0]
                : Arrays.stream(keyword.toLowerCase(Locale.ROOT).trim().split("\\s+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        return seeded(taobaoApi).stream()
                .filter(p -> Arrays.stream(words).allMatch(w -> haystack(p).contains(w)))
                .sorted(Comparator.comparingLong(CatalogProduct::sales).reversed())
                .toList();
    }

    /**
     * Deterministic "visual" matches: the hash of the image picks where in the catalog to start. A
     * picture the sandbox served itself finds its own item first.
     */
    List<CatalogProduct> imageSearch(boolean taobaoApi, byte[] image, String imageAddress) {
        List<CatalogProduct> all = new ArrayList<>(seeded(taobaoApi));
        if (all.isEmpty()) {
            return all;
        }
        int start = (int) Math.floorMod(SandboxIds.seed(image), (long) all.size());
        List<CatalogProduct> result = new ArrayList<>(all.subList(start, all.size()));
        result.addAll(all.subList(0, start));
        ownImage(imageAddress, taobaoApi).ifPresent(own -> {
            result.removeIf(p -> p.id().equals(own.id()));
            result.add(0, own);
        });
        return result;
    }

    List<CatalogProduct> seeded(boolean taobaoApi) {
        return seedKeys.stream().map(products::get)
                .filter(p -> p != null && p.platform().taobaoApi() == taobaoApi).toList();
    }

    /** For admin routes: a seeded or already-served item by numeric id; {@code platform} "1688" or "taobao" forces one. */
    CatalogProduct forAdmin(String id, String platform) {
        if ("1688".equals(platform)) {
            return alibaba(id);
        }
        if (platform != null && !platform.isBlank()) {
            return taobao(id);
        }
        CatalogProduct known = products.get("tb:" + id);
        if (known == null) {
            known = products.get("1688:" + id);
        }
        return known != null ? known : taobao(id);
    }

    /** Replaces an item by a change of its current version (admin price and stock changes, orders). */
    synchronized void update(CatalogProduct product, UnaryOperator<CatalogProduct> change) {
        String key = key(product.platform(), product.id());
        CatalogProduct current = products.getOrDefault(key, product);
        products.put(key, change.apply(current));
    }

    /** Takes ({@code delta < 0}) or gives back stock of one SKU. */
    void adjustStock(CatalogProduct product, CatalogSku sku, long delta) {
        update(product, p -> p.withSkus(sku.skuId(), s -> s.withStock(Math.max(0, s.stock() + delta))));
    }

    private CatalogProduct resolve(CatalogPlatform platform, String anyId, String field) {
        if (anyId == null || anyId.isBlank()) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "missing " + field);
        }
        String id = anyId.trim();
        if (!SandboxIds.NUMERIC_ID.matcher(id).matches()) {
            id = SandboxIds.numericId(platform, id).orElseThrow(() -> new SandboxError(SandboxError.NOT_FOUND,
                    field + " '" + anyId + "' is neither a numeric id (6-20 digits) nor a mapped id of this sandbox"));
        }
        String finalId = id;
        CatalogProduct product = products.computeIfAbsent(key(platform, id),
                k -> CatalogFactory.synthetic(platform, finalId));
        if (product.mpId() != null) {
            itemIdByMpId.putIfAbsent(product.mpId(), product.id());
        }
        return product;
    }

    private Optional<CatalogProduct> ownImage(String imageAddress, boolean taobaoApi) {
        if (imageAddress == null) {
            return Optional.empty();
        }
        Matcher m = OWN_IMAGE.matcher(imageAddress);
        if (!m.find() || m.group(1).equals("tb") != taobaoApi) {
            return Optional.empty();
        }
        return Optional.of(taobaoApi ? taobao(m.group(2)) : alibaba(m.group(2)));
    }

    private static String haystack(CatalogProduct p) {
        return (p.title() + " " + p.titleEn() + " " + p.shortName() + " " + p.categoryName())
                .toLowerCase(Locale.ROOT);
    }

    private static String key(CatalogPlatform platform, String id) {
        return platform.group() + ":" + id;
    }

    private void load() {
        try (InputStream in = SandboxCatalog.class.getResourceAsStream(SEED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sandbox seed " + SEED_RESOURCE + " is missing from the classpath");
            }
            for (SeedProduct seed : mapper.readValue(in, SeedProduct.File.class).products()) {
                CatalogProduct product = CatalogFactory.fromSeed(seed);
                String key = key(product.platform(), product.id());
                products.put(key, product);
                seedKeys.add(key);
                if (product.mpId() != null) {
                    itemIdByMpId.put(product.mpId(), product.id());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sandbox seed " + SEED_RESOURCE, e);
        }
    }
}
