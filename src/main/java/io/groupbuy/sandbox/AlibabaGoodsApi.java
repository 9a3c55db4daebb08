package io.groupbuy.sandbox;

import io.groupbuy.pandapon.PandaPonEndpoint;
import io.groupbuy.pandapon.wire.AlibabaImageQuery;
import io.groupbuy.pandapon.wire.AlibabaKeywordQuery;
import io.groupbuy.pandapon.wire.AlibabaProductQuery;
import io.groupbuy.pandapon.wire.AlibabaSearchItem;
import io.groupbuy.pandapon.wire.PandaPonPage;
import java.util.List;
import java.util.Map;

/** 1688 goods: detail, keyword and image search. */
final class AlibabaGoodsApi {
    private static final int MAX_PAGE_SIZE = 50;

    private final SandboxParts parts;

    AlibabaGoodsApi(SandboxParts parts) {
        this.parts = parts;
    }

    void register(Map<PandaPonEndpoint, SandboxHandler> routes) {
        routes.put(PandaPonEndpoint.ALIBABA_PRODUCT_DETAIL, this::detail);
        routes.put(PandaPonEndpoint.ALIBABA_PRODUCT_KEYWORD_SEARCH, this::keyword);
        routes.put(PandaPonEndpoint.ALIBABA_PRODUCT_IMAGE_SEARCH, this::image);
    }

    private Object detail(SandboxRequest request) {
        String offerId = request.body().path("offerId").asText("");
        if (offerId.isBlank() || "0".equals(offerId)) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "offerId is required");
        }
        request.body(AlibabaProductQuery.class); // shape check
        return parts.views().alibaba(parts.catalog().alibaba(offerId));
    }

    private Object keyword(SandboxRequest request) {
        AlibabaKeywordQuery q = request.body(AlibabaKeywordQuery.class);
        return page(parts.catalog().search(false, q.keyword()), q.beginPage(), q.pageSize());
    }

    private Object image(SandboxRequest request) {
        AlibabaImageQuery q = request.body(AlibabaImageQuery.class);
        if (TaobaoGoodsApi.blank(q.imageBase64())) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "imageBase64 is required");
        }
        return page(parts.catalog().imageSearch(false, TaobaoGoodsApi.imageBytes(q.imageBase64(), null),
                q.imageAddress()), q.beginPage(), q.pageSize());
    }

    private PandaPonPage<AlibabaSearchItem> page(List<CatalogProduct> hits, Integer page, Integer size) {
        SandboxParts.PageSlice<CatalogProduct> slice = SandboxParts.page(hits, page, size, MAX_PAGE_SIZE);
        return new PandaPonPage<>(slice.total(), slice.totalPages(), slice.pageSize(), slice.page(),
                slice.items().stream().map(parts.views()::alibabaHit).toList());
    }
}
