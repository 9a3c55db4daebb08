package io.groupbuy.pandapon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.groupbuy.pandapon.wire.AlibabaAddress;
import io.groupbuy.pandapon.wire.AlibabaCancelBody;
import io.groupbuy.pandapon.wire.AlibabaCargo;
import io.groupbuy.pandapon.wire.AlibabaCart;
import io.groupbuy.pandapon.wire.AlibabaCartAddRequest;
import io.groupbuy.pandapon.wire.AlibabaCartOrderBody;
import io.groupbuy.pandapon.wire.AlibabaCartPreviewBody;
import io.groupbuy.pandapon.wire.AlibabaImageQuery;
import io.groupbuy.pandapon.wire.AlibabaKeywordQuery;
import io.groupbuy.pandapon.wire.AlibabaOrder;
import io.groupbuy.pandapon.wire.AlibabaOrderCreateBody;
import io.groupbuy.pandapon.wire.AlibabaOrderCreated;
import io.groupbuy.pandapon.wire.AlibabaOrderPreview;
import io.groupbuy.pandapon.wire.AlibabaOrderQuery;
import io.groupbuy.pandapon.wire.AlibabaPayUrl;
import io.groupbuy.pandapon.wire.AlibabaPreviewBody;
import io.groupbuy.pandapon.wire.AlibabaProduct;
import io.groupbuy.pandapon.wire.AlibabaProductQuery;
import io.groupbuy.pandapon.wire.AlibabaSearchItem;
import io.groupbuy.pandapon.wire.CartDelete;
import io.groupbuy.pandapon.wire.CartQuantityEdit;
import io.groupbuy.pandapon.wire.FreightEstimate;
import io.groupbuy.pandapon.wire.FreightEstimateRequest;
import io.groupbuy.pandapon.wire.OrderIdBody;
import io.groupbuy.pandapon.wire.PandaPonAddress;
import io.groupbuy.pandapon.wire.PandaPonPage;
import io.groupbuy.pandapon.wire.TaobaoBatchCheckItem;
import io.groupbuy.pandapon.wire.TaobaoBatchCheckRequest;
import io.groupbuy.pandapon.wire.TaobaoBatchCheckResult;
import io.groupbuy.pandapon.wire.TaobaoCart;
import io.groupbuy.pandapon.wire.TaobaoCartAddRequest;
import io.groupbuy.pandapon.wire.TaobaoCartOrderBody;
import io.groupbuy.pandapon.wire.TaobaoDirectOrder;
import io.groupbuy.pandapon.wire.TaobaoImageSearchRequest;
import io.groupbuy.pandapon.wire.TaobaoLogistics;
import io.groupbuy.pandapon.wire.TaobaoOrder;
import io.groupbuy.pandapon.wire.TaobaoOrderCreateBody;
import io.groupbuy.pandapon.wire.TaobaoOrderCreated;
import io.groupbuy.pandapon.wire.TaobaoOrderPreview;
import io.groupbuy.pandapon.wire.TaobaoOrderQuery;
import io.groupbuy.pandapon.wire.TaobaoProduct;
import io.groupbuy.pandapon.wire.TaobaoReceiver;
import io.groupbuy.pandapon.wire.TaobaoSearchItem;
import io.groupbuy.pandapon.wire.TaobaoSearchRequest;
import io.groupbuy.pandapon.wire.TaobaoSku;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/**
 * The PandaPon OpenAPI, one typed method per operation the bot needs. Paths live in
 * {@link PandaPonEndpoint}. Every method throws {@link PandaPonException} (unchecked); reads are
 * retried on Unavailable/Malformed, mutations never. Money is fen, ids are strings. Thread-safe.
 */
public final class PandaPonClient {
    private static final Map<String, String> NO_QUERY = Map.of();

    private final PandaPonTransport transport;
    private final ObjectMapper mapper;
    private final TypeFactory types;

    public PandaPonClient(OkHttpClient http, PandaPonClientSettings settings, Clock clock, ObjectMapper mapper,
                          Sleeper sleeper, PandaPonCallListener listener) {
        this.transport = new PandaPonTransport(http, settings, clock, mapper, sleeper, listener);
        this.mapper = mapper;
        this.types = mapper.getTypeFactory();
    }

    public PandaPonClient(OkHttpClient http, PandaPonClientSettings settings, Clock clock, ObjectMapper mapper) {
        this(http, settings, clock, mapper, Sleeper.REAL, PandaPonCallListener.NONE);
    }

    // ---------------------------------------------------------------- Taobao goods

    /** T1 by the numeric Taobao/Tmall item id from a link, e.g. {@code 672991141190}. */
    public TaobaoProduct taobaoProduct(String itemId) {
        return get(PandaPonEndpoint.TAOBAO_PRODUCT_GET, Map.of("itemId", itemId), type(TaobaoProduct.class));
    }

    /** T1 by the v2 mapped id, e.g. {@code WUnUC1cILiBjt-Jv3lDdlQ}. */
    public TaobaoProduct taobaoProductByMapId(String itemMapId) {
        return get(PandaPonEndpoint.TAOBAO_PRODUCT_GET_BY_MAP_ID, Map.of("itemId", itemMapId),
                type(TaobaoProduct.class));
    }

    /** T2: which items (and SKUs) have a distribution listing, with their mpId/mpSkuId. */
    public TaobaoBatchCheckResult taobaoBatchCheck(List<TaobaoBatchCheckItem> items) {
        return post(PandaPonEndpoint.TAOBAO_PRODUCT_BATCH_CHECK, new TaobaoBatchCheckRequest(jsonString(items)),
                type(TaobaoBatchCheckResult.class));
    }

    public PandaPonPage<TaobaoSearchItem> taobaoSearch(TaobaoSearchRequest request) {
        return post(PandaPonEndpoint.TAOBAO_PRODUCT_SEARCH, request, page(TaobaoSearchItem.class));
    }

    public PandaPonPage<TaobaoSearchItem> taobaoImageSearch(TaobaoImageSearchRequest request) {
        return post(PandaPonEndpoint.TAOBAO_PRODUCT_IMAGE_SEARCH, request, page(TaobaoSearchItem.class));
    }

    // ---------------------------------------------------------------- Taobao cart

    /** C1 with a request built by hand; false when PandaPon says no without an error code. */
    public boolean taobaoCartAdd(TaobaoCartAddRequest request) {
        return post(PandaPonEndpoint.TAOBAO_CART_ADD, request, type(Boolean.class));
    }

    /** C1 with the display and id fields copied from the product detail, as the docs ask. */
    public boolean taobaoCartAdd(TaobaoProduct product, TaobaoSku sku, int quantity) {
        String picture = sku.picUrl() != null ? sku.picUrl()
                : product.picUrls().isEmpty() ? null : product.picUrls().get(0);
        return taobaoCartAdd(new TaobaoCartAddRequest(null, null, product.itemMapId(), product.itemId(),
                sku.skuId(), product.title(), picture, product.mpId(), sku.mpSkuId(), sku.price(),
                sku.promotionPrice(), jsonString(sku.properties()), quantity,
                numericOrNull(product.shopId()), null, product.shopName(),
                Long.toString(sku.quantity()), product.userNick(), null, null));
    }

    public TaobaoCart taobaoCartList() {
        return get(PandaPonEndpoint.TAOBAO_CART_LIST, NO_QUERY, type(TaobaoCart.class));
    }

    public boolean taobaoCartEditQuantity(long cartId, int quantity) {
        return post(PandaPonEndpoint.TAOBAO_CART_EDIT_QUANTITY, new CartQuantityEdit(cartId, quantity),
                type(Boolean.class));
    }

    public boolean taobaoCartDelete(List<Long> cartIds) {
        return post(PandaPonEndpoint.TAOBAO_CART_DELETE, new CartDelete(cartIds), type(Boolean.class));
    }

    // ---------------------------------------------------------------- Taobao orders

    /** Freight and current prices for the lines a direct create would place; changes nothing. */
    public TaobaoOrderPreview taobaoOrderPreview(TaobaoDirectOrder order) {
        return post(PandaPonEndpoint.TAOBAO_ORDER_PREVIEW, createBody(order), type(TaobaoOrderPreview.class));
    }

    /**
     * O1: places the order. Not retried: after a timeout, look it up with
     * {@link #taobaoOrderPage(TaobaoOrderQuery)} by {@code sellerOrderNumber} before creating again.
     */
    public TaobaoOrderCreated taobaoCreateOrder(TaobaoDirectOrder order) {
        return post(PandaPonEndpoint.TAOBAO_ORDER_CREATE, createBody(order), type(TaobaoOrderCreated.class));
    }

    /** C6: orders the given cart records; {@code sellerOrderNumber} is our client key. */
    public TaobaoOrderCreated taobaoCreateOrderFromCart(List<Long> cartIds, TaobaoReceiver address,
                                                        String sellerOrderNumber) {
        return post(PandaPonEndpoint.TAOBAO_CART_CREATE_ORDER,
                new TaobaoCartOrderBody(cartIds, address, null, sellerOrderNumber), type(TaobaoOrderCreated.class));
    }

    public PandaPonPage<TaobaoOrder> taobaoOrderPage(TaobaoOrderQuery query) {
        return post(PandaPonEndpoint.TAOBAO_ORDER_PAGE, query, page(TaobaoOrder.class));
    }

    public TaobaoOrder taobaoOrderDetail(String orderId) {
        return get(PandaPonEndpoint.TAOBAO_ORDER_DETAIL, Map.of("orderId", orderId), type(TaobaoOrder.class));
    }

    public boolean taobaoOrderCancel(String orderId, String reason) {
        return post(PandaPonEndpoint.TAOBAO_ORDER_CANCEL, new OrderIdBody(orderId, reason), type(Boolean.class));
    }

    public boolean taobaoOrderPay(String orderId) {
        return post(PandaPonEndpoint.TAOBAO_ORDER_PAY, new OrderIdBody(orderId, null), type(Boolean.class));
    }

    public TaobaoLogistics taobaoOrderLogistics(String orderId) {
        return get(PandaPonEndpoint.TAOBAO_ORDER_LOGISTICS, Map.of("orderId", orderId), type(TaobaoLogistics.class));
    }

    // ---------------------------------------------------------------- 1688 goods

    /** G1 by the numeric offerId from a detail.1688.com link; titles come back in Chinese and English. */
    public AlibabaProduct alibabaProduct(long offerId) {
        return post(PandaPonEndpoint.ALIBABA_PRODUCT_DETAIL, new AlibabaProductQuery(offerId, "en", null),
                type(AlibabaProduct.class));
    }

    public PandaPonPage<AlibabaSearchItem> alibabaKeywordSearch(AlibabaKeywordQuery query) {
        return post(PandaPonEndpoint.ALIBABA_PRODUCT_KEYWORD_SEARCH, query, page(AlibabaSearchItem.class));
    }

    public PandaPonPage<AlibabaSearchItem> alibabaImageSearch(AlibabaImageQuery query) {
        return post(PandaPonEndpoint.ALIBABA_PRODUCT_IMAGE_SEARCH, query, page(AlibabaSearchItem.class));
    }

    // ---------------------------------------------------------------- 1688 cart

    public AlibabaCart alibabaCartList() {
        return get(PandaPonEndpoint.ALIBABA_CART_LIST, NO_QUERY, type(AlibabaCart.class));
    }

    public boolean alibabaCartAdd(AlibabaCartAddRequest request) {
        return post(PandaPonEndpoint.ALIBABA_CART_ADD, request, type(Boolean.class));
    }

    public boolean alibabaCartEditQuantity(long cartId, int quantity) {
        return post(PandaPonEndpoint.ALIBABA_CART_EDIT_QUANTITY, new CartQuantityEdit(cartId, quantity),
                type(Boolean.class));
    }

    public boolean alibabaCartDelete(List<Long> cartIds) {
        return post(PandaPonEndpoint.ALIBABA_CART_DELETE, new CartDelete(cartIds), type(Boolean.class));
    }

    public AlibabaOrderPreview alibabaCartPreview(List<Long> cartIds, AlibabaAddress address) {
        return post(PandaPonEndpoint.ALIBABA_CART_PREVIEW_ORDER, new AlibabaCartPreviewBody(address, cartIds),
                type(AlibabaOrderPreview.class), AlibabaOrderPreview::normalize);
    }

    /** K6; build the body with {@link AlibabaCartOrderBody#of} to put the client key in message and outOrderId. */
    public AlibabaOrderCreated alibabaCreateOrderFromCart(AlibabaCartOrderBody body) {
        return post(PandaPonEndpoint.ALIBABA_CART_CREATE_ORDER, body, type(AlibabaOrderCreated.class));
    }

    // ---------------------------------------------------------------- 1688 orders

    public AlibabaOrderPreview alibabaOrderPreview(List<AlibabaCargo> cargo, AlibabaAddress address) {
        return post(PandaPonEndpoint.ALIBABA_ORDER_PREVIEW, new AlibabaPreviewBody("general", address, cargo),
                type(AlibabaOrderPreview.class), AlibabaOrderPreview::normalize);
    }

    /**
     * P7: places the order. Not retried: after a timeout, look it up with
     * {@link #alibabaOrderPage(AlibabaOrderQuery)} by {@code outOrderId} before creating again.
     */
    public AlibabaOrderCreated alibabaCreateOrder(AlibabaOrderCreateBody body) {
        return post(PandaPonEndpoint.ALIBABA_ORDER_CREATE, body, type(AlibabaOrderCreated.class));
    }

    /** P8; the 19-digit order id travels as an exact int64. */
    public boolean alibabaOrderCancel(String orderId, String reason) {
        return post(PandaPonEndpoint.ALIBABA_ORDER_CANCEL, AlibabaCancelBody.of(orderId, reason), type(Boolean.class));
    }

    public AlibabaPayUrl alibabaOrderPayUrl(String orderId) {
        return get(PandaPonEndpoint.ALIBABA_ORDER_PAY_URL, Map.of("orderId", orderId), type(AlibabaPayUrl.class));
    }

    public PandaPonPage<AlibabaOrder> alibabaOrderPage(AlibabaOrderQuery query) {
        return post(PandaPonEndpoint.ALIBABA_ORDER_PAGE, query, page(AlibabaOrder.class));
    }

    // ---------------------------------------------------------------- basis and warehouse

    public List<PandaPonAddress> addresses() {
        return get(PandaPonEndpoint.ADDRESS_GET, NO_QUERY,
                types.constructCollectionType(List.class, PandaPonAddress.class));
    }

    /** B2; the documented response carries no data, so success is simply "no exception". */
    public void addressAddOrUpdate(PandaPonAddress address) {
        post(PandaPonEndpoint.ADDRESS_ADD_OR_UPDATE, address, type(Void.class));
    }

    public FreightEstimate overseasFreightEstimate(FreightEstimateRequest request) {
        return post(PandaPonEndpoint.OVERSEAS_FREIGHT_ESTIMATE, request, type(FreightEstimate.class));
    }

    // ---------------------------------------------------------------- plumbing

    private TaobaoOrderCreateBody createBody(TaobaoDirectOrder order) {
        return new TaobaoOrderCreateBody(jsonString(order.lines()), order.purchaseAmount(),
                jsonString(order.receiver()), order.sellerOrderNumber(), order.orderSource());
    }

    private static Long numericOrNull(String id) {
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }

    private String jsonString(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    private JavaType type(Class<?> raw) {
        return types.constructType(raw);
    }

    private JavaType page(Class<?> item) {
        return types.constructParametricType(PandaPonPage.class, item);
    }

    private <T> T get(PandaPonEndpoint endpoint, Map<String, String> query, JavaType type) {
        return transport.call(endpoint, query, null, type, UnaryOperator.identity());
    }

    private <T> T post(PandaPonEndpoint endpoint, Object body, JavaType type) {
        return post(endpoint, body, type, UnaryOperator.identity());
    }

    private <T> T post(PandaPonEndpoint endpoint, Object body, JavaType type, UnaryOperator<JsonNode> normalize) {
        return transport.call(endpoint, NO_QUERY, body, type, normalize);
    }
}
