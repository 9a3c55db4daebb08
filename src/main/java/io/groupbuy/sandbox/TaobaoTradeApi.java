package io.groupbuy.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import io.groupbuy.pandapon.PandaPonEndpoint;
import io.groupbuy.pandapon.wire.CartDelete;
import io.groupbuy.pandapon.wire.CartQuantityEdit;
import io.groupbuy.pandapon.wire.OrderIdBody;
import io.groupbuy.pandapon.wire.PandaPonPage;
import io.groupbuy.pandapon.wire.TaobaoCart;
import io.groupbuy.pandapon.wire.TaobaoCartAddRequest;
import io.groupbuy.pandapon.wire.TaobaoCartOrderBody;
import io.groupbuy.pandapon.wire.TaobaoOrder;
import io.groupbuy.pandapon.wire.TaobaoOrderCreateBody;
import io.groupbuy.pandapon.wire.TaobaoOrderLine;
import io.groupbuy.pandapon.wire.TaobaoOrderPreview;
import io.groupbuy.pandapon.wire.TaobaoOrderQuery;
import io.groupbuy.pandapon.wire.TaobaoReceiver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Taobao cart and orders: cart CRUD, preview, direct create, create from cart, page, detail, cancel, pay, logistics. */
final class TaobaoTradeApi {
    private static final TypeReference<List<TaobaoOrderLine>> LINES = new TypeReference<>() { };

    private final SandboxParts parts;

    TaobaoTradeApi(SandboxParts parts) {
        this.parts = parts;
    }

    void register(Map<PandaPonEndpoint, SandboxHandler> routes) {
        routes.put(PandaPonEndpoint.TAOBAO_CART_ADD, this::cartAdd);
        routes.put(PandaPonEndpoint.TAOBAO_CART_LIST, this::cartList);
        routes.put(PandaPonEndpoint.TAOBAO_CART_EDIT_QUANTITY, r -> {
            CartQuantityEdit edit = r.body(CartQuantityEdit.class);
            parts.carts().edit(r.userId(), true, edit.id(), edit.quantity());
            return true;
        });
        routes.put(PandaPonEndpoint.TAOBAO_CART_DELETE, r -> {
            parts.carts().delete(r.userId(), true, r.body(CartDelete.class).ids());
            return true;
        });
        routes.put(PandaPonEndpoint.TAOBAO_ORDER_PREVIEW, this::preview);
        routes.put(PandaPonEndpoint.TAOBAO_ORDER_CREATE, this::create);
        routes.put(PandaPonEndpoint.TAOBAO_CART_CREATE_ORDER, this::createFromCart);
        routes.put(PandaPonEndpoint.TAOBAO_ORDER_PAGE, this::page);
        routes.put(PandaPonEndpoint.TAOBAO_ORDER_DETAIL,
                r -> parts.orders().find(r.requiredQuery("orderId"), r.userId(), OrderViews::taobao));
        routes.put(PandaPonEndpoint.TAOBAO_ORDER_CANCEL, r -> {
            OrderIdBody body = r.body(OrderIdBody.class);
            parts.orders().cancelByBuyer(requireOrderId(body), r.userId(), body.cancelReason());
            return true;
        });
        routes.put(PandaPonEndpoint.TAOBAO_ORDER_PAY, r -> {
            parts.orders().pay(requireOrderId(r.body(OrderIdBody.class)), r.userId());
            return true;
        });
        routes.put(PandaPonEndpoint.TAOBAO_ORDER_LOGISTICS,
                r -> parts.orders().find(r.requiredQuery("orderId"), r.userId(), OrderViews::taobaoLogistics));
    }

    private Object cartAdd(SandboxRequest request) {
        TaobaoCartAddRequest add = request.body(TaobaoCartAddRequest.class);
        if (TaobaoGoodsApi.blank(add.mpId()) || TaobaoGoodsApi.blank(add.mpSkuId())) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "mpId and mpSkuId are required (copy them from the "
                    + "product detail)");
        }
        String id = !TaobaoGoodsApi.blank(add.itemMapId()) ? add.itemMapId() : add.itemId();
        CatalogProduct product = TaobaoGoodsApi.blank(id) ? parts.catalog().byMpId(add.mpId())
                : parts.catalog().taobao(id);
        if (!add.mpId().equals(product.mpId())) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "mpId " + add.mpId() + " is not the distribution id of "
                    + product.id() + " (" + product.mpId() + ")");
        }
        CatalogSku sku = product.skus().stream().filter(s -> s.mpSkuId().equals(add.mpSkuId())).findFirst()
                .orElseThrow(() -> new SandboxError(SandboxError.NOT_FOUND, "item " + product.id()
                        + " has no mpSkuId " + add.mpSkuId()));
        if (!TaobaoGoodsApi.blank(add.skuId()) && !add.skuId().equals(sku.skuId())) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "skuId " + add.skuId() + " does not belong to mpSkuId "
                    + add.mpSkuId());
        }
        parts.carts().add(request.userId(), true, product, sku, add.quantity());
        return true;
    }

    private Object cartList(SandboxRequest request) {
        Map<String, List<TaobaoCart.Item>> enabled = new LinkedHashMap<>();
        Map<String, List<TaobaoCart.Item>> disabled = new LinkedHashMap<>();
        Map<String, String> shopNames = new LinkedHashMap<>();
        for (SandboxCarts.Entry e : parts.carts().list(request.userId(), true)) {
            CatalogProduct p = parts.catalog().taobao(e.productId());
            Optional<CatalogSku> found = p.sku(e.skuId());
            if (found.isEmpty()) {
                continue;
            }
            CatalogSku s = found.get();
            TaobaoCart.Item item = new TaobaoCart.Item(e.id(), p.id(), p.mapId(), p.mpId(), s.mpSkuId(), s.skuId(),
                    p.title(), parts.views().skuPicture(p, s), s.price(), s.promotionPrice(), e.quantity(),
                    s.stock(), parts.mapper().valueToTree(parts.views().properties(p, s)).toString());
            shopNames.put(p.shopId(), p.shopName());
            (s.stock() > 0 ? enabled : disabled).computeIfAbsent(p.shopId(), k -> new ArrayList<>()).add(item);
        }
        return new TaobaoCart(shops(enabled, shopNames), shops(disabled, shopNames));
    }

    private static List<TaobaoCart.Shop> shops(Map<String, List<TaobaoCart.Item>> items, Map<String, String> names) {
        return items.entrySet().stream()
                .map(e -> new TaobaoCart.Shop(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
    }

    private Object preview(SandboxRequest request) {
        TaobaoOrderCreateBody body = request.body(TaobaoOrderCreateBody.class);
        List<PricedLine> priced = parts.resolver().taobao(request.jsonString(body.orderLineList(), "orderLineList",
                LINES));
        List<TaobaoOrderPreview.Line> lines = new ArrayList<>();
        boolean orderable = true;
        for (PricedLine p : priced) {
            Optional<String> problem = LineResolver.problem(p);
            orderable &= problem.isEmpty();
            lines.add(new TaobaoOrderPreview.Line(p.product().mpId(), p.sku().mpSkuId(), p.product().title(),
                    p.quantity(), p.unitPrice(), p.amount(), p.sku().stock(), problem.isEmpty(), problem.orElse(null)));
        }
        long products = priced.stream().mapToLong(PricedLine::amount).sum();
        long freight = FreightRule.freight(priced);
        return new TaobaoOrderPreview(lines, products, freight, products + freight, "CNY", orderable);
    }

    private Object create(SandboxRequest request) {
        TaobaoOrderCreateBody body = request.body(TaobaoOrderCreateBody.class);
        List<TaobaoOrderLine> lines = request.jsonString(body.orderLineList(), "orderLineList", LINES);
        request.jsonString(body.receiver(), "receiver", new TypeReference<TaobaoReceiver>() { });
        List<PricedLine> priced = parts.resolver().taobao(lines);
        long sum = lines.stream().mapToLong(TaobaoOrderLine::amount).sum();
        if (sum != body.purchaseAmount()) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "purchaseAmount " + body.purchaseAmount()
                    + " does not equal the sum of quantity x price over the lines (" + sum + " fen)");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).price() != priced.get(i).unitPrice()) {
                throw new SandboxError(SandboxError.CONFLICT, "price changed: line " + (i + 1) + " says "
                        + lines.get(i).price() + " fen, the current unit price is " + priced.get(i).unitPrice()
                        + " fen; preview again");
            }
        }
        return parts.orders().create(true, request.userId(), priced, body.sellerOrderNumber(), null,
                OrderViews::taobaoCreated);
    }

    private Object createFromCart(SandboxRequest request) {
        TaobaoCartOrderBody body = request.body(TaobaoCartOrderBody.class);
        if (body.orderAddress() == null) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "orderAddress is required");
        }
        List<SandboxCarts.Entry> entries = parts.carts().get(request.userId(), true, body.ids());
        List<PricedLine> priced = new ArrayList<>();
        for (SandboxCarts.Entry e : entries) {
            CatalogProduct p = parts.catalog().taobao(e.productId());
            priced.add(new PricedLine(p, p.sku(e.skuId()).orElseThrow(), e.quantity()));
        }
        Object created = parts.orders().create(true, request.userId(), priced, body.sellerOrderNumber(), null,
                OrderViews::taobaoCreated);
        parts.carts().remove(body.ids());
        return created;
    }

    private Object page(SandboxRequest request) {
        TaobaoOrderQuery q = request.body(TaobaoOrderQuery.class);
        List<TaobaoOrder> all = new ArrayList<>(parts.orders().list(o -> o.taobao && o.userId.equals(request.userId())
                        && (q.sellerOrderNumber() == null || q.sellerOrderNumber().equals(o.clientKey))
                        && (q.orderId() == null || q.orderId().equals(o.orderId))
                        && (q.orderStatus() == null || q.orderStatus() == OrderStatusMachine.code(true, o.status)),
                OrderViews::taobao));
        all.sort(Comparator.comparing(TaobaoOrder::createTime).reversed());
        SandboxParts.PageSlice<TaobaoOrder> slice = SandboxParts.page(all, q.pageNo(), q.pageSize(), 100);
        return new PandaPonPage<>(slice.total(), slice.totalPages(), slice.pageSize(), slice.page(), slice.items());
    }

    private static String requireOrderId(OrderIdBody body) {
        if (TaobaoGoodsApi.blank(body.orderId())) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "orderId is required");
        }
        return body.orderId();
    }
}
