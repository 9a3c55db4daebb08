package io.groupbuy.pandapon;

import static io.groupbuy.pandapon.PandaPonErrors.call;

import io.groupbuy.core.Marketplace;
import io.groupbuy.core.Product;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.ProductSummary;
import io.groupbuy.core.Sku;
import io.groupbuy.core.SkuProperty;
import io.groupbuy.core.UpstreamRejected;
import io.groupbuy.core.UserError;
import io.groupbuy.core.port.MarketplaceGateway;
import io.groupbuy.core.port.OrderItem;
import io.groupbuy.core.port.PaymentResult;
import io.groupbuy.core.port.Quote;
import io.groupbuy.core.port.UpstreamOrder;
import io.groupbuy.pandapon.wire.AlibabaCargo;
import io.groupbuy.pandapon.wire.AlibabaImageQuery;
import io.groupbuy.pandapon.wire.AlibabaKeywordQuery;
import io.groupbuy.pandapon.wire.AlibabaOrder;
import io.groupbuy.pandapon.wire.AlibabaOrderCreateBody;
import io.groupbuy.pandapon.wire.AlibabaOrderCreated;
import io.groupbuy.pandapon.wire.AlibabaOrderPreview;
import io.groupbuy.pandapon.wire.AlibabaOrderQuery;
import io.groupbuy.pandapon.wire.AlibabaPayUrl;
import io.groupbuy.pandapon.wire.AlibabaProduct;
import io.groupbuy.pandapon.wire.AlibabaSearchItem;
import io.groupbuy.pandapon.wire.AlibabaSku;
import io.groupbuy.pandapon.wire.TaobaoDirectOrder;
import io.groupbuy.pandapon.wire.TaobaoImageSearchRequest;
import io.groupbuy.pandapon.wire.TaobaoOrder;
import io.groupbuy.pandapon.wire.TaobaoOrderCreated;
import io.groupbuy.pandapon.wire.TaobaoOrderLine;
import io.groupbuy.pandapon.wire.TaobaoOrderPreview;
import io.groupbuy.pandapon.wire.TaobaoOrderQuery;
import io.groupbuy.pandapon.wire.TaobaoProduct;
import io.groupbuy.pandapon.wire.TaobaoSearchItem;
import io.groupbuy.pandapon.wire.TaobaoSearchRequest;
import io.groupbuy.pandapon.wire.TaobaoSku;
import io.groupbuy.pandapon.wire.TaobaoSkuProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's purchasing agent, implemented over the PandaPon client. Taobao orders go through the
 * documented direct create with our client key as {@code sellerOrderNumber}; 1688 orders through the
 * documented create with the key in {@code message}/{@code outOrderId}. Every PandaPon error is
 * translated in {@link PandaPonErrors}.
 */
public final class PandaPonMarketplace implements MarketplaceGateway {
    private static final Logger log = LoggerFactory.getLogger(PandaPonMarketplace.class);
    /** The sandbox's (and, we assume, PandaPon's) code for an unknown id. */
    private static final String NOT_FOUND = "404";

    private final PandaPonClient client;
    private final ReceivingAddress address;

    public PandaPonMarketplace(PandaPonClient client, ReceivingAddress address) {
        this.client = client;
        this.address = address;
    }

    @Override
    public Product product(ProductRef ref) {
        try {
            return switch (ref.marketplace()) {
                case TAOBAO -> taobao(ref, call(() -> client.taobaoProduct(ref.itemId())));
                case ALIBABA_1688 -> alibaba(ref, call(() -> client.alibabaProduct(Long.parseLong(ref.itemId()))));
            };
        } catch (UpstreamRejected e) {
            if (NOT_FOUND.equals(e.code())) {
                throw new UserError(UserError.Problem.PRODUCT_NOT_FOUND, ref.itemId());
            }
            throw e;
        } catch (NumberFormatException e) {
            throw new UserError(UserError.Problem.PRODUCT_NOT_FOUND, ref.itemId());
        }
    }

    static Product taobao(ProductRef ref, TaobaoProduct p) {
        List<Sku> skus = new ArrayList<>();
        for (TaobaoSku s : p.skuList()) {
            List<SkuProperty> props = s.properties().stream()
                    .map((TaobaoSkuProperty x) -> new SkuProperty(x.propName(), x.valueName())).toList();
            skus.add(new Sku(s.skuId(), s.mpSkuId(), null, props, s.price(), nonNull(s.promotionPrice()),
                    (int) Math.min(Integer.MAX_VALUE, s.quantity()), s.picUrl()));
        }
        if (skus.isEmpty()) {
            skus.add(new Sku(null, null, null, List.of(), p.price(), nonNull(p.promotionPrice()),
                    (int) Math.min(Integer.MAX_VALUE, p.quantity()), null));
        }
        return new Product(ref, p.title(), p.picUrls(), p.price(), nonNull(p.promotionPrice()),
                (int) Math.min(Integer.MAX_VALUE, p.quantity()), (int) Math.max(1, p.beginAmount()), p.itemMapId(),
                p.mpId(), p.shopName(), skus);
    }

    static Product alibaba(ProductRef ref, AlibabaProduct p) {
        List<Sku> skus = new ArrayList<>();
        long stock = 0;
        long lowest = Long.MAX_VALUE;
        for (AlibabaSku s : p.skus()) {
            List<SkuProperty> props = s.attributes().stream().map(a -> new SkuProperty(
                    firstNonBlank(a.attributeNameTrans(), a.attributeName()),
                    firstNonBlank(a.valueTrans(), a.value()))).toList();
            skus.add(new Sku(s.skuId(), null, s.specId(), props, s.price(), nonNull(s.promotionPrice()),
                    (int) Math.min(Integer.MAX_VALUE, s.amountOnSale()), s.imageUrl()));
            stock += s.amountOnSale();
            lowest = Math.min(lowest, s.unitPrice());
        }
        long price = lowest == Long.MAX_VALUE ? 0 : lowest;
        return new Product(ref, firstNonBlank(p.subjectTrans(), p.subject()), p.images(), price, 0,
                (int) Math.min(Integer.MAX_VALUE, stock), (int) Math.max(1, p.minOrderQuantity()), p.offerMapId(),
                null, p.companyName(), skus);
    }

    @Override
    public List<ProductSummary> search(Marketplace marketplace, String keywords, int limit) {
        int size = Math.max(1, Math.min(40, limit));
        return switch (marketplace) {
            case TAOBAO -> call(() -> client.taobaoSearch(TaobaoSearchRequest.of(keywords, 1, size))).data().stream()
                    .filter(i -> i.itemId() != null && !i.itemId().isBlank()).limit(limit)
                    .map(PandaPonMarketplace::summary).toList();
            case ALIBABA_1688 -> call(() -> client.alibabaKeywordSearch(AlibabaKeywordQuery.of(keywords, 1, size)))
                    .data().stream().filter(i -> i.offerId() != null).limit(limit)
                    .map(PandaPonMarketplace::summary).toList();
        };
    }

    /** Taobao's image search path is inferred, 1688's documented: both are asked and their hits interleaved. */
    @Override
    public List<ProductSummary> searchByImage(byte[] image, int limit) {
        String base64 = Base64.getEncoder().encodeToString(image);
        int size = Math.max(1, Math.min(20, limit));
        List<ProductSummary> taobao = List.of();
        List<ProductSummary> alibaba = List.of();
        RuntimeException failure = null;
        try {
            taobao = call(() -> client.taobaoImageSearch(new TaobaoImageSearchRequest(base64, null, 1, size)))
                    .data().stream().filter(i -> i.itemId() != null).map(PandaPonMarketplace::summary).toList();
        } catch (RuntimeException e) {
            failure = e;
            log.info("taobao image search failed: {}", e.getMessage());
        }
        try {
            alibaba = call(() -> client.alibabaImageSearch(AlibabaImageQuery.of(base64, 1, size))).data().stream()
                    .filter(i -> i.offerId() != null).map(PandaPonMarketplace::summary).toList();
        } catch (RuntimeException e) {
            if (failure != null) {
                throw e;
            }
            log.info("1688 image search failed: {}", e.getMessage());
        }
        List<ProductSummary> merged = new ArrayList<>();
        for (int i = 0; merged.size() < limit && (i < taobao.size() || i < alibaba.size()); i++) {
            if (i < taobao.size()) {
                merged.add(taobao.get(i));
            }
            if (i < alibaba.size() && merged.size() < limit) {
                merged.add(alibaba.get(i));
            }
        }
        return merged;
    }

    private static ProductSummary summary(TaobaoSearchItem i) {
        long unit = i.promotionPrice() != null && i.promotionPrice() > 0 && i.promotionPrice() < i.price()
                ? i.promotionPrice() : i.price();
        return new ProductSummary(new ProductRef(Marketplace.TAOBAO, i.itemId()), i.title(), i.picUrl(), unit);
    }

    private static ProductSummary summary(AlibabaSearchItem i) {
        return new ProductSummary(new ProductRef(Marketplace.ALIBABA_1688, i.offerId()),
                firstNonBlank(i.subjectTrans(), i.subject()), i.imageUrl(), i.price());
    }

    @Override
    public Quote quote(Marketplace marketplace, List<OrderItem> items) {
        return switch (marketplace) {
            case TAOBAO -> quoteTaobao(items);
            case ALIBABA_1688 -> quoteAlibaba(items);
        };
    }

    private Quote quoteTaobao(List<OrderItem> items) {
        TaobaoOrderPreview preview = call(() -> client.taobaoOrderPreview(
                TaobaoDirectOrder.of(taobaoLines(items), address.taobao(), null)));
        List<Quote.QuotedLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            OrderItem item = items.get(i);
            Optional<TaobaoOrderPreview.Line> line = i < preview.lines().size()
                    && sameSku(preview.lines().get(i).skuId(), item.sku().mpSkuId())
                    ? Optional.of(preview.lines().get(i))
                    : preview.lines().stream().filter(l -> sameSku(l.skuId(), item.sku().mpSkuId())).findFirst();
            int index = i;
            line.ifPresent(l -> lines.add(new Quote.QuotedLine(index, l.price(),
                    l.available() ? (int) Math.min(Integer.MAX_VALUE, l.stock()) : 0)));
        }
        return new Quote(lines, preview.productAmount(), preview.shippingFee());
    }

    private Quote quoteAlibaba(List<OrderItem> items) {
        AlibabaOrderPreview preview = call(() -> client.alibabaOrderPreview(cargo(items), address.alibaba()));
        if (!preview.success() && preview.results().isEmpty()) {
            throw new UpstreamRejected("1688 preview refused: " + preview.errorCode(), preview.errorCode(), null,
                    null);
        }
        List<AlibabaOrderPreview.Item> previewed = preview.results().stream()
                .flatMap(r -> r.orderItemTOList().stream()).toList();
        List<Quote.QuotedLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            OrderItem item = items.get(i);
            int index = i;
            previewed.stream().filter(p -> item.sku().specId() != null && item.sku().specId().equals(p.specId()))
                    .findFirst().ifPresent(p -> lines.add(new Quote.QuotedLine(index, p.finalUnitPrice(),
                            p.message() != null && !p.message().isBlank() ? 0
                                    : p.amountOnSale() == null ? item.quantity()
                                    : (int) Math.min(Integer.MAX_VALUE, p.amountOnSale()))));
        }
        long carriage = preview.totalCarriage();
        return new Quote(lines, preview.totalPayment() - carriage, carriage);
    }

    @Override
    public UpstreamOrder place(Marketplace marketplace, String clientKey, List<OrderItem> items, long goodsFen) {
        return switch (marketplace) {
            case TAOBAO -> {
                TaobaoOrderCreated created = call(() -> client.taobaoCreateOrder(
                        TaobaoDirectOrder.of(taobaoLines(items), address.taobao(), clientKey)));
                TaobaoOrderStatus status = TaobaoOrderStatus.fromCode(created.orderStatus());
                yield new UpstreamOrder(created.orderId(), clientKey, PandaPonStatuses.taobao(status), status.name(),
                        created.productAmount(), created.shippingFee(), null, null, null);
            }
            case ALIBABA_1688 -> {
                AlibabaOrderCreated created = call(() -> client.alibabaCreateOrder(
                        AlibabaOrderCreateBody.of(address.alibaba(), cargo(items), clientKey)));
                AlibabaOrderStatus status = created.status() == null ? AlibabaOrderStatus.WAIT_BUYER_PAY
                        : AlibabaOrderStatus.fromWire(created.status());
                yield new UpstreamOrder(created.orderId(), clientKey, PandaPonStatuses.alibaba(status), status.wire(),
                        created.totalSuccessAmount() - created.postFee(), created.postFee(), null, null, null);
            }
        };
    }

    @Override
    public Optional<UpstreamOrder> findByClientKey(Marketplace marketplace, String clientKey) {
        return switch (marketplace) {
            case TAOBAO -> call(() -> client.taobaoOrderPage(TaobaoOrderQuery.bySellerOrderNumber(clientKey))).data()
                    .stream().filter(o -> clientKey.equals(o.sellerOrderNumber())).findFirst()
                    .map(PandaPonMarketplace::upstream);
            case ALIBABA_1688 -> call(() -> client.alibabaOrderPage(AlibabaOrderQuery.byOutOrderId(clientKey))).data()
                    .stream().filter(o -> clientKey.equals(o.outOrderId()) || clientKey.equals(o.message()))
                    .findFirst().map(PandaPonMarketplace::upstream);
        };
    }

    @Override
    public UpstreamOrder order(Marketplace marketplace, String upstreamOrderId) {
        return switch (marketplace) {
            case TAOBAO -> upstream(call(() -> client.taobaoOrderDetail(upstreamOrderId)));
            case ALIBABA_1688 -> call(() -> client.alibabaOrderPage(
                    new AlibabaOrderQuery(1, 1, null, null, upstreamOrderId))).data().stream()
                    .filter(o -> upstreamOrderId.equals(o.orderId())).findFirst().map(PandaPonMarketplace::upstream)
                    .orElseThrow(() -> new UpstreamRejected("1688 order not found", NOT_FOUND, null, null));
        };
    }

    static UpstreamOrder upstream(TaobaoOrder o) {
        TaobaoOrderStatus status = TaobaoOrderStatus.fromCode(o.orderStatus());
        return new UpstreamOrder(o.orderId(), o.sellerOrderNumber(), PandaPonStatuses.taobao(status), status.name(),
                o.productAmount(), o.shippingFee(), o.logisticsCompany(), o.logisticsNumber(), millis(o.updateTime()));
    }

    static UpstreamOrder upstream(AlibabaOrder o) {
        AlibabaOrderStatus status = AlibabaOrderStatus.fromWire(o.status());
        return new UpstreamOrder(o.orderId(), o.outOrderId(), PandaPonStatuses.alibaba(status),
                o.status(), o.sumProductPayment(), o.shippingFee(), o.logisticsCompany(), o.logisticsNumber(),
                millis(o.updateTime()));
    }

    /** Taobao pays the whole due amount; 1688 pays by protocol when the account allows, else gives a link. */
    @Override
    public PaymentResult pay(Marketplace marketplace, String upstreamOrderId, long amountFen) {
        return switch (marketplace) {
            case TAOBAO -> new PaymentResult(call(() -> client.taobaoOrderPay(upstreamOrderId)), null);
            case ALIBABA_1688 -> {
                AlibabaPayUrl pay = call(() -> client.alibabaOrderPayUrl(upstreamOrderId));
                yield new PaymentResult(pay.protocolPaySuccess(), pay.payUrl());
            }
        };
    }

    @Override
    public void cancel(Marketplace marketplace, String upstreamOrderId, String reason) {
        boolean done = switch (marketplace) {
            case TAOBAO -> call(() -> client.taobaoOrderCancel(upstreamOrderId, reason));
            case ALIBABA_1688 -> call(() -> client.alibabaOrderCancel(upstreamOrderId, reason));
        };
        if (!done) {
            throw new UpstreamRejected("cancel refused", "false", null, null);
        }
    }

    private static List<TaobaoOrderLine> taobaoLines(List<OrderItem> items) {
        List<TaobaoOrderLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            OrderItem item = items.get(i);
            lines.add(TaobaoOrderLine.of(item.sku().mpId(), item.sku().mpSkuId(), item.quantity(), item.unitFen(),
                    i + 1));
        }
        return lines;
    }

    private static List<AlibabaCargo> cargo(List<OrderItem> items) {
        return items.stream().map(i -> new AlibabaCargo(parseOrNull(i.sku().product().itemId()), i.sku().mapId(),
                i.sku().specId(), i.quantity(), null)).toList();
    }

    private static boolean sameSku(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static Long parseOrNull(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long nonNull(Long v) {
        return v == null ? 0 : v;
    }

    private static Instant millis(Long ms) {
        return ms == null ? null : Instant.ofEpochMilli(ms);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
