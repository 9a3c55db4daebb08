package io.groupbuy.pandapon;

import java.util.Optional;

/**
 * Every PandaPon path the bot uses, in one place: a path fix is one line here, and the sandbox
 * registers its routes from this same list. {@link #read()} marks calls that change nothing upstream
 * and may therefore be retried; {@link #v1Alias()} is the documented v1 twin the sandbox also serves.
 */
public enum PandaPonEndpoint {
    // ---- Taobao goods (API.md §5.1)
    TAOBAO_PRODUCT_GET(Method.GET, "/open/product/get", null, Evidence.DOCUMENTED_V1, true,
            "T1 by numeric Taobao itemId; the v2 twin takes only the mapped id"),
    TAOBAO_PRODUCT_GET_BY_MAP_ID(Method.GET, "/v2/taobao/product/get", null, Evidence.DOCUMENTED_V2, true,
            "T1 by itemMapId (opaque v2 id)"),
    TAOBAO_PRODUCT_BATCH_CHECK(Method.POST, "/open/product/batch/check", null, Evidence.DOCUMENTED_V1, true,
            "T2 distribution lookup; mpProducts field names inferred"),
    TAOBAO_PRODUCT_SEARCH(Method.POST, "/v2/taobao/product/item/search", null, Evidence.DOCUMENTED_V2, true,
            "T3 keyword search; request documented, response shape inferred (paged, like 1688)"),
    TAOBAO_PRODUCT_IMAGE_SEARCH(Method.POST, "/v2/taobao/product/image/search", null, Evidence.INFERRED, true,
            "T4 named in nav only; path by analogy with item/search, body by analogy with 1688 image query"),
    // ---- Taobao cart (§5.2)
    TAOBAO_CART_ADD(Method.POST, "/v2/taobao/cart/add", "/open/cart/add", Evidence.DOCUMENTED_V2, false,
            "C1 add cart item; data = boolean"),
    TAOBAO_CART_LIST(Method.GET, "/v2/taobao/cart/list", null, Evidence.INFERRED, true,
            "C2 guess by analogy with /v2/alibaba/cart/list; shape modelled on the 1688 cart"),
    TAOBAO_CART_EDIT_QUANTITY(Method.POST, "/v2/taobao/cart/edit-quantity", null, Evidence.INFERRED, false,
            "C4 by analogy with the documented 1688 /alibaba/cart/edit-quantity {id, quantity}"),
    TAOBAO_CART_DELETE(Method.POST, "/v2/taobao/cart/delete", null, Evidence.INFERRED, false,
            "C3 body {ids:[cart record ids]} inferred"),
    TAOBAO_ORDER_PREVIEW(Method.POST, "/v2/taobao/order/preview", null, Evidence.INFERRED, true,
            "C5 preview; body = the direct-create body, returns per-line price/stock and freight"),
    TAOBAO_CART_CREATE_ORDER(Method.POST, "/open/cart/create/order", null, Evidence.DOCUMENTED_V1, false,
            "C6 request documented; response and the sellerOrderNumber field inferred"),
    // ---- Taobao orders (§5.3)
    TAOBAO_ORDER_CREATE(Method.POST, "/open/order", null, Evidence.DOCUMENTED_V1, false,
            "O1 direct create with distribution ids and our sellerOrderNumber; response inferred"),
    TAOBAO_ORDER_PAGE(Method.POST, "/v2/taobao/order/page", null, Evidence.INFERRED, true,
            "O2 POST per v2 nav; path by analogy with /v2/alibaba/order/page; sellerOrderNumber filter inferred"),
    TAOBAO_ORDER_DETAIL(Method.GET, "/v2/taobao/order/detail", null, Evidence.INFERRED, true,
            "O8 GET ?orderId= per nav; path guessed"),
    TAOBAO_ORDER_CANCEL(Method.POST, "/v2/taobao/order/cancel", null, Evidence.INFERRED, false,
            "O4 body {orderId, cancelReason} by analogy with the 1688 cancel"),
    TAOBAO_ORDER_PAY(Method.POST, "/v2/taobao/order/pay", null, Evidence.INFERRED, false,
            "O6 body {orderId}; data = boolean"),
    TAOBAO_ORDER_LOGISTICS(Method.GET, "/v2/taobao/order/logistics", null, Evidence.INFERRED, true,
            "O9 GET ?orderId= per nav; path and response guessed"),
    // ---- 1688 goods (§5.5)
    ALIBABA_PRODUCT_DETAIL(Method.POST, "/alibaba/product/detail/get", null, Evidence.DOCUMENTED_V1, true,
            "G1 by numeric offerId; sku/image field names beyond the sample inferred"),
    ALIBABA_PRODUCT_KEYWORD_SEARCH(Method.POST, "/v2/alibaba/product/keywords/query",
            "/alibaba/product/keywords/query", Evidence.DOCUMENTED_V2, true,
            "G2; item fields beyond imageUrl/subject inferred"),
    ALIBABA_PRODUCT_IMAGE_SEARCH(Method.POST, "/v2/alibaba/product/image/query",
            "/alibaba/product/image/query", Evidence.DOCUMENTED_V2, true, "G3 image search (imageBase64)"),
    // ---- 1688 cart (§5.6)
    ALIBABA_CART_LIST(Method.GET, "/v2/alibaba/cart/list", null, Evidence.DOCUMENTED_V2, true,
            "K1 enableList/disableList"),
    ALIBABA_CART_ADD(Method.POST, "/v2/alibaba/cart/add", null, Evidence.INFERRED, false,
            "K2 nav only; body {offerId or offerMapId, specId, quantity} inferred"),
    ALIBABA_CART_EDIT_QUANTITY(Method.POST, "/alibaba/cart/edit-quantity", null, Evidence.DOCUMENTED_V1, false,
            "K4 {id, quantity}; data = boolean"),
    ALIBABA_CART_DELETE(Method.POST, "/v2/alibaba/cart/delete", null, Evidence.INFERRED, false,
            "K3 nav only; body {ids} inferred"),
    ALIBABA_CART_PREVIEW_ORDER(Method.POST, "/alibaba/cart/preview/order", null, Evidence.DOCUMENTED_V1, true,
            "K5 request documented; response assumed to be the order-preview shape"),
    ALIBABA_CART_CREATE_ORDER(Method.POST, "/alibaba/cart/create/order", null, Evidence.DOCUMENTED_V1, false,
            "K6 request documented (+ inferred outOrderId); response inferred"),
    // ---- 1688 orders (§5.7)
    ALIBABA_ORDER_PREVIEW(Method.POST, "/v2/alibaba/order/create/preview", "/alibaba/order/create/preview",
            Evidence.DOCUMENTED_V2, true, "P6; response per the v1 schema, items per the clone sample"),
    ALIBABA_ORDER_CREATE(Method.POST, "/v2/alibaba/order/create", "/alibaba/order/create",
            Evidence.DOCUMENTED_V2, false, "P7 path documented; v1 body + inferred outOrderId; response inferred"),
    ALIBABA_ORDER_CANCEL(Method.POST, "/v2/alibaba/order/cancel", "/alibaba/order/cancel",
            Evidence.DOCUMENTED_V2, false, "P8 {webSite:1688, orderId, cancelReason}; data = boolean"),
    ALIBABA_ORDER_PAY_URL(Method.GET, "/v2/alibaba/order/pay/url", "/alibaba/order/pay/url",
            Evidence.DOCUMENTED_V2, true, "P9 pay link; creates nothing, so retried"),
    ALIBABA_ORDER_PAGE(Method.POST, "/v2/alibaba/order/page", null, Evidence.DOCUMENTED_V2, true,
            "P5 only the path is documented; body (page, pageSize, orderStatus, outOrderId) and response inferred"),
    // ---- Basis and warehouse (§5.8, §5.9)
    ADDRESS_GET(Method.GET, "/v2/open/address/get", null, Evidence.INFERRED, true,
            "B1 nav only; path by analogy with addOrUpdate; returns the address list"),
    ADDRESS_ADD_OR_UPDATE(Method.POST, "/v2/open/address/addOrUpdate", "/open/address/addOrUpdate",
            Evidence.DOCUMENTED_V2, false, "B2; response has no data"),
    OVERSEAS_FREIGHT_ESTIMATE(Method.POST, "/v2/open/pp/logistics/itemLogisticsPrice", null,
            Evidence.DOCUMENTED_V2, true, "W1 warehouse auth (?timestamp=&sign=); response inferred");

    /** HTTP method of an endpoint. */
    public enum Method { GET, POST }

    private final Method method;
    private final String path;
    private final String v1Alias;
    private final Evidence evidence;
    private final boolean read;
    private final String note;

    PandaPonEndpoint(Method method, String path, String v1Alias, Evidence evidence, boolean read, String note) {
        this.method = method;
        this.path = path;
        this.v1Alias = v1Alias;
        this.evidence = evidence;
        this.read = read;
        this.note = note;
    }

    public Method method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The documented v1 path of the same operation, served by the sandbox as an alias. */
    public Optional<String> v1Alias() {
        return Optional.ofNullable(v1Alias);
    }

    public Evidence evidence() {
        return evidence;
    }

    /** True when the call changes nothing upstream, so a retry after a timeout is safe. */
    public boolean read() {
        return read;
    }

    /** Warehouse-logistics endpoints also carry {@code ?timestamp=&sign=} (API.md §2.4). */
    public boolean warehouse() {
        return path.contains("/pp/logistics/");
    }

    public String note() {
        return note;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
