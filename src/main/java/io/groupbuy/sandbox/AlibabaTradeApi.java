package io.groupbuy.sandbox;

import io.groupbuy.pandapon.AlibabaOrderStatus;
import io.groupbuy.pandapon.PandaPonEndpoint;
import io.groupbuy.pandapon.wire.AlibabaCancelBody;
import io.groupbuy.pandapon.wire.AlibabaCart;
import io.groupbuy.pandapon.wire.AlibabaCartAddRequest;
import io.groupbuy.pandapon.wire.AlibabaCartOrderBody;
import io.groupbuy.pandapon.wire.AlibabaCartPreviewBody;
import io.groupbuy.pandapon.wire.AlibabaOrder;
import io.groupbuy.pandapon.wire.AlibabaOrderCreateBody;
import io.groupbuy.pandapon.wire.AlibabaOrderPreview;
import io.groupbuy.pandapon.wire.AlibabaOrderQuery;
import io.groupbuy.pandapon.wire.AlibabaPayUrl;
import io.groupbuy.pandapon.wire.AlibabaPreviewBody;
import io.groupbuy.pandapon.wire.CartDelete;
import io.groupbuy.pandapon.wire.CartQuantityEdit;
import io.groupbuy.pandapon.wire.PandaPonPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 1688 cart and orders: cart CRUD, previews, create (direct and from cart), cancel, pay link, order page. */
final class AlibabaTradeApi {
    private final SandboxParts parts;

    AlibabaTradeApi(SandboxParts parts) {
        this.parts = parts;
    }

    void register(Map<PandaPonEndpoint, SandboxHandler> routes) {
        routes.put(PandaPonEndpoint.ALIBABA_CART_LIST, this::cartList);
        routes.put(PandaPonEndpoint.ALIBABA_CART_ADD, this::cartAdd);
        routes.put(PandaPonEndpoint.ALIBABA_CART_EDIT_QUANTITY, r -> {
            CartQuantityEdit edit = r.body(CartQuantityEdit.class);
            parts.carts().edit(r.userId(), false, edit.id(), edit.quantity());
            return true;
        });
        routes.put(PandaPonEndpoint.ALIBABA_CART_DELETE, r -> {
            parts.carts().delete(r.userId(), false, r.body(CartDelete.class).ids());
            return true;
        });
        routes.put(PandaPonEndpoint.ALIBABA_CART_PREVIEW_ORDER,
                r -> preview(fromCart(r.userId(), r.body(AlibabaCartPreviewBody.class).cartIds())));
        routes.put(PandaPonEndpoint.ALIBABA_CART_CREATE_ORDER, this::createFromCart);
        routes.put(PandaPonEndpoint.ALIBABA_ORDER_PREVIEW,
                r -> preview(parts.resolver().alibaba(r.body(AlibabaPreviewBody.class).cargoParamList())));
        routes.put(PandaPonEndpoint.ALIBABA_ORDER_CREATE, this::create);
        routes.put(PandaPonEndpoint.ALIBABA_ORDER_CANCEL, r -> {
            AlibabaCancelBody body = r.body(AlibabaCancelBody.class);
            if (!"1688".equals(body.webSite())) {
                throw new SandboxError(SandboxError.BAD_REQUEST, "webSite must be 1688");
            }
            parts.orders().cancelByBuyer(Long.toString(body.orderId()), r.userId(), body.cancelReason());
            return true;
        });
        routes.put(PandaPonEndpoint.ALIBABA_ORDER_PAY_URL, r -> parts.orders().find(r.requiredQuery("orderId"),
                r.userId(), o -> new AlibabaPayUrl(o.orderId, false,
                        parts.publicBaseUrl().get() + "/sandbox/pay/" + o.orderId,
                        OrderStatusMachine.awaitingPayment(false, o.status) ? List.of() : List.of(o.orderId))));
        routes.put(PandaPonEndpoint.ALIBABA_ORDER_PAGE, this::page);
    }

    private Object cartAdd(SandboxRequest request) {
        AlibabaCartAddRequest add = request.body(AlibabaCartAddRequest.class);
        String offer = add.offerId() != null ? add.offerId().toString() : add.offerMapId();
        CatalogProduct product = parts.catalog().alibaba(offer);
        CatalogSku sku = product.sku(add.specId()).orElseThrow(() -> new SandboxError(SandboxError.NOT_FOUND,
                "offer " + product.id() + " has no specId " + add.specId()));
        parts.carts().add(request.userId(), false, product, sku, add.quantity());
        return true;
    }

    private Object cartList(SandboxRequest request) {
        Map<String, List<AlibabaCart.Item>> enabled = new LinkedHashMap<>();
        Map<String, List<AlibabaCart.Item>> disabled = new LinkedHashMap<>();
        Map<String, String> sellers = new LinkedHashMap<>();
        for (SandboxCarts.Entry e : parts.carts().list(request.userId(), false)) {
            CatalogProduct p = parts.catalog().alibaba(e.productId());
            Optional<CatalogSku> found = p.sku(e.skuId());
            if (found.isEmpty()) {
                continue;
            }
            CatalogSku s = found.get();
            AlibabaCart.Item item = new AlibabaCart.Item(e.id(), p.id(), p.mapId(), s.specId(), s.skuId(), p.title(),
                    parts.views().skuPicture(p, s), s.unitPrice(), e.quantity(), s.stock(),
                    parts.views().propertiesText(p, s));
            sellers.put(p.sellerOpenId(), p.shopName());
            (s.stock() > 0 ? enabled : disabled).computeIfAbsent(p.sellerOpenId(), k -> new ArrayList<>()).add(item);
        }
        return new AlibabaCart(shops(enabled, sellers), shops(disabled, sellers));
    }

    private static List<AlibabaCart.Shop> shops(Map<String, List<AlibabaCart.Item>> items, Map<String, String> names) {
        return items.entrySet().stream()
                .map(e -> new AlibabaCart.Shop(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
    }

    private List<PricedLine> fromCart(String userId, List<Long> cartIds) {
        List<PricedLine> priced = new ArrayList<>();
        for (SandboxCarts.Entry e : parts.carts().get(userId, false, cartIds)) {
            CatalogProduct p = parts.catalog().alibaba(e.productId());
            priced.add(new PricedLine(p, p.sku(e.skuId()).orElseThrow(), e.quantity()));
        }
        return priced;
    }

    /** One result per seller, freight per seller; problems make {@code success=false}, they are not errors. */
    private AlibabaOrderPreview preview(List<PricedLine> priced) {
        Map<String, List<PricedLine>> bySeller = new LinkedHashMap<>();
        priced.forEach(p -> bySeller.computeIfAbsent(p.shopKey(), k -> new ArrayList<>()).add(p));
        List<AlibabaOrderPreview.Result> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (List<PricedLine> lines : bySeller.values()) {
            List<AlibabaOrderPreview.Item> items = new ArrayList<>();
            for (PricedLine p : lines) {
                Optional<String> problem = LineResolver.problem(p);
                problem.ifPresent(problems::add);
                items.add(new AlibabaOrderPreview.Item(p.product().id(), p.product().mapId(), p.sku().specId(),
                        p.sku().skuId(), p.quantity(), p.unitPrice(), p.amount(), p.sku().stock(),
                        problem.orElse(null)));
            }
            long goods = lines.stream().mapToLong(PricedLine::amount).sum();
            long carriage = FreightRule.freight(lines);
            results.add(new AlibabaOrderPreview.Result(0L, List.of("担保交易"), true, carriage, goods + carriage,
                    goods, goods + carriage, items));
        }
        return new AlibabaOrderPreview(results, problems.isEmpty(), problems.isEmpty() ? null : "ORDER_NOT_AVAILABLE",
                problems.isEmpty() ? null : String.join("; ", problems), List.of());
    }

    private Object create(SandboxRequest request) {
        AlibabaOrderCreateBody body = request.body(AlibabaOrderCreateBody.class);
        requireFlowAndAddress(body.flow(), body.addressParam() != null);
        List<PricedLine> priced = parts.resolver().alibaba(body.cargoParamList());
        return parts.orders().create(false, request.userId(), priced, clientKey(body.outOrderId(), body.message()),
                body.message(), OrderViews::alibabaCreated);
    }

    private Object createFromCart(SandboxRequest request) {
        AlibabaCartOrderBody body = request.body(AlibabaCartOrderBody.class);
        requireFlowAndAddress(body.flow(), body.addressParam() != null);
        List<PricedLine> priced = fromCart(request.userId(), body.cartIds());
        Object created = parts.orders().create(false, request.userId(), priced,
                clientKey(body.outOrderId(), body.message()), body.message(), OrderViews::alibabaCreated);
        parts.carts().remove(body.cartIds());
        return created;
    }

    private Object page(SandboxRequest request) {
        AlibabaOrderQuery q = request.body(AlibabaOrderQuery.class);
        List<AlibabaOrder> all = new ArrayList<>(parts.orders().list(o -> !o.taobao
                        && o.userId.equals(request.userId())
                        && (q.outOrderId() == null || q.outOrderId().equals(o.clientKey))
                        && (q.orderId() == null || q.orderId().equals(o.orderId))
                        && (q.orderStatus() == null
                        || AlibabaOrderStatus.fromWire(q.orderStatus()) == AlibabaOrderStatus.fromWire(o.status)),
                OrderViews::alibaba));
        all.sort(Comparator.comparing(AlibabaOrder::createTime).reversed());
        SandboxParts.PageSlice<AlibabaOrder> slice = SandboxParts.page(all, q.page(), q.pageSize(), 100);
        return new PandaPonPage<>(slice.total(), slice.totalPages(), slice.pageSize(), slice.page(), slice.items());
    }

    private static void requireFlowAndAddress(String flow, boolean hasAddress) {
        if (TaobaoGoodsApi.blank(flow)) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "flow is required (general or fenxiaonew)");
        }
        if (!hasAddress) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "addressParam is required");
        }
    }

    /** Our client key travels in outOrderId [inferred] and in the documented free-text message. */
    private static String clientKey(String outOrderId, String message) {
        return !TaobaoGoodsApi.blank(outOrderId) ? outOrderId : TaobaoGoodsApi.blank(message) ? null : message;
    }
}
