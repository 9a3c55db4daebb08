package io.groupbuy.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import io.groupbuy.pandapon.PandaPonEndpoint;
import io.groupbuy.pandapon.wire.PandaPonPage;
import io.groupbuy.pandapon.wire.TaobaoBatchCheckItem;
import io.groupbuy.pandapon.wire.TaobaoBatchCheckRequest;
import io.groupbuy.pandapon.wire.TaobaoBatchCheckResult;
import io.groupbuy.pandapon.wire.TaobaoImageSearchRequest;
import io.groupbuy.pandapon.wire.TaobaoSearchItem;
import io.groupbuy.pandapon.wire.TaobaoSearchRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Taobao goods: detail by numeric or mapped id, batch check, keyword and image search. */
final class TaobaoGoodsApi {
    private static final int MAX_PAGE_SIZE = 40;

    private final SandboxParts parts;

    TaobaoGoodsApi(SandboxParts parts) {
        this.parts = parts;
    }

    void register(Map<PandaPonEndpoint, SandboxHandler> routes) {
        // Both paths accept either id kind: the sandbox is lenient where PandaPon's rule is unknown.
        routes.put(PandaPonEndpoint.TAOBAO_PRODUCT_GET, this::product);
        routes.put(PandaPonEndpoint.TAOBAO_PRODUCT_GET_BY_MAP_ID, this::product);
        routes.put(PandaPonEndpoint.TAOBAO_PRODUCT_BATCH_CHECK, this::batchCheck);
        routes.put(PandaPonEndpoint.TAOBAO_PRODUCT_SEARCH, this::search);
        routes.put(PandaPonEndpoint.TAOBAO_PRODUCT_IMAGE_SEARCH, this::imageSearch);
    }

    private Object product(SandboxRequest request) {
        return parts.views().taobao(parts.catalog().taobao(request.requiredQuery("itemId")));
    }

    private Object batchCheck(SandboxRequest request) {
        List<TaobaoBatchCheckItem> items = request.jsonString(request.body(TaobaoBatchCheckRequest.class).params(),
                "params", new TypeReference<List<TaobaoBatchCheckItem>>() { });
        List<TaobaoBatchCheckResult.MpProduct> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<TaobaoBatchCheckResult.NoMpReason> reasons = new ArrayList<>();
        for (TaobaoBatchCheckItem item : items) {
            if (item.itemId() == null || !SandboxIds.NUMERIC_ID.matcher(item.itemId()).matches()) {
                missing.add(String.valueOf(item.itemId()));
                reasons.add(new TaobaoBatchCheckResult.NoMpReason(item.itemId(), "not a Taobao item id"));
                continue;
            }
            CatalogProduct product = parts.catalog().taobao(item.itemId());
            List<TaobaoBatchCheckResult.MpSku> skus = new ArrayList<>();
            for (CatalogSku sku : product.skus()) {
                if (item.skuIds().isEmpty() || item.skuIds().contains(sku.skuId())) {
                    skus.add(new TaobaoBatchCheckResult.MpSku(sku.skuId(), sku.mpSkuId()));
                }
            }
            for (String skuId : item.skuIds()) {
                if (product.sku(skuId).isEmpty()) {
                    reasons.add(new TaobaoBatchCheckResult.NoMpReason(item.itemId(), "unknown skuId " + skuId));
                }
            }
            found.add(new TaobaoBatchCheckResult.MpProduct(product.id(), product.mpId(), skus));
        }
        return new TaobaoBatchCheckResult(found, missing, reasons);
    }

    private Object search(SandboxRequest request) {
        TaobaoSearchRequest query = request.body(TaobaoSearchRequest.class);
        return page(parts.catalog().search(true, query.keyword()), query.pageNo(), query.pageSize());
    }

    private Object imageSearch(SandboxRequest request) {
        TaobaoImageSearchRequest query = request.body(TaobaoImageSearchRequest.class);
        if (blank(query.imageBase64()) && blank(query.imageAddress())) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "imageBase64 or imageAddress is required");
        }
        return page(parts.catalog().imageSearch(true, imageBytes(query.imageBase64(), query.imageAddress()),
                query.imageAddress()), query.pageNo(), query.pageSize());
    }

    private PandaPonPage<TaobaoSearchItem> page(List<CatalogProduct> hits, Integer pageNo, Integer pageSize) {
        SandboxParts.PageSlice<CatalogProduct> slice = SandboxParts.page(hits, pageNo, pageSize, MAX_PAGE_SIZE);
        return new PandaPonPage<>(slice.total(), slice.totalPages(), slice.pageSize(), slice.page(),
                slice.items().stream().map(parts.views()::taobaoHit).toList());
    }

    /** The decoded image, or the text itself when it is not base64 (the hash only needs to be stable). */
    static byte[] imageBytes(String base64, String address) {
        String text = blank(base64) ? address : base64;
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
