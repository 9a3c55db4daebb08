package io.groupbuy.pandapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.pandapon.wire.AlibabaAddress;
import io.groupbuy.pandapon.wire.AlibabaCargo;
import io.groupbuy.pandapon.wire.AlibabaCart;
import io.groupbuy.pandapon.wire.AlibabaCartAddRequest;
import io.groupbuy.pandapon.wire.AlibabaCartOrderBody;
import io.groupbuy.pandapon.wire.AlibabaImageQuery;
import io.groupbuy.pandapon.wire.AlibabaKeywordQuery;
import io.groupbuy.pandapon.wire.AlibabaOrder;
import io.groupbuy.pandapon.wire.AlibabaOrderCreateBody;
import io.groupbuy.pandapon.wire.AlibabaOrderCreated;
import io.groupbuy.pandapon.wire.AlibabaOrderPreview;
import io.groupbuy.pandapon.wire.AlibabaOrderQuery;
import io.groupbuy.pandapon.wire.AlibabaPayUrl;
import io.groupbuy.pandapon.wire.AlibabaProduct;
import io.groupbuy.pandapon.wire.AlibabaSku;
import io.groupbuy.pandapon.wire.FreightEstimate;
import io.groupbuy.pandapon.wire.FreightEstimateRequest;
import io.groupbuy.pandapon.wire.PandaPonAddress;
import io.groupbuy.pandapon.wire.PandaPonPage;
import io.groupbuy.pandapon.wire.ReceiverAddress;
import io.groupbuy.pandapon.wire.TaobaoBatchCheckItem;
import io.groupbuy.pandapon.wire.TaobaoBatchCheckResult;
import io.groupbuy.pandapon.wire.TaobaoCart;
import io.groupbuy.pandapon.wire.TaobaoDirectOrder;
import io.groupbuy.pandapon.wire.TaobaoImageSearchRequest;
import io.groupbuy.pandapon.wire.TaobaoLogistics;
import io.groupbuy.pandapon.wire.TaobaoOrder;
import io.groupbuy.pandapon.wire.TaobaoOrderCreated;
import io.groupbuy.pandapon.wire.TaobaoOrderLine;
import io.groupbuy.pandapon.wire.TaobaoOrderPreview;
import io.groupbuy.pandapon.wire.TaobaoOrderQuery;
import io.groupbuy.pandapon.wire.TaobaoProduct;
import io.groupbuy.pandapon.wire.TaobaoReceiver;
import io.groupbuy.pandapon.wire.TaobaoSearchItem;
import io.groupbuy.pandapon.wire.TaobaoSearchRequest;
import io.groupbuy.pandapon.wire.TaobaoSku;
import io.groupbuy.sandbox.SandboxStats;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every typed operation against a running sandbox, through header and signature checks. */
class PandaPonClientSandboxTest {
    static final TaobaoReceiver RECEIVER = new TaobaoReceiver("a测试aa", "", "15068763421", "中国", "浙江省",
            "杭州市", "余杭区", "测试地址", "11111");
    static final AlibabaAddress ADDRESS = new AlibabaAddress("test", "13567102355", "", "532600", "广西壮族自治区",
            "崇左市", "凭祥市", "凭祥市区", "测试", "451481");
    private static SandboxClientFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new SandboxClientFixture();
    }

    @AfterAll
    static void everyEndpointWasExercised() {
        try {
            SandboxStats stats = fixture.sandbox.admin().stats();
            for (PandaPonEndpoint e : PandaPonEndpoint.values()) {
                assertThat(stats.calls(e)).as("calls to %s", e).isPositive();
            }
            assertThat(stats.ordersPerClientKey().values()).allMatch(n -> n == 1);
        } finally {
            fixture.close();
        }
    }

    /** A fresh user per test: carts and orders are per user-id, so tests do not see each other. */
    private static PandaPonClient client() {
        PandaPonClientSettings s = fixture.settings();
        return fixture.client(new PandaPonClientSettings(s.baseUrl(), s.accessKey(), s.secretKey(),
                "u-" + UUID.randomUUID(), s.signer(), s.connectTimeout(), s.readTimeout(), s.callTimeout(),
                s.readRetries(), s.retryBackoff()), Clock.systemUTC());
    }

    @Test
    void taobao_product_by_numeric_id_by_mapped_id_and_batch_check() {
        PandaPonClient client = client();
        TaobaoProduct p = client.taobaoProduct("672991141190");
        assertThat(p.title()).isEqualTo("天穹发布商品,测试请不要拍");
        assertThat(p.mpId()).isEqualTo("2048057995392326");
        assertThat(p.skuList()).extracting(TaobaoSku::skuId).contains("3452545926724");
        assertThat(p.skuList().get(0).properties()).extracting(pr -> pr.valueName()).contains("红色", "52cm");
        assertThat(p.picUrls().get(0)).startsWith(fixture.sandbox.baseUrl() + "/sandbox/images/");
        assertThat(p.itemMapId()).hasSize(22);

        assertThat(client.taobaoProductByMapId(p.itemMapId())).isEqualTo(p);

        TaobaoBatchCheckResult check = client.taobaoBatchCheck(List.of(
                new TaobaoBatchCheckItem("672991141190", List.of("3452545926724")),
                new TaobaoBatchCheckItem("not-an-id", List.of())));
        assertThat(check.mpProducts()).singleElement().satisfies(mp -> {
            assertThat(mp.mpId()).isEqualTo("2048057995392326");
            assertThat(mp.mpSkus()).singleElement()
                    .satisfies(s -> assertThat(s.mpSkuId()).isEqualTo(p.skuList().get(0).mpSkuId()));
        });
        assertThat(check.noMpProductItemIds()).containsExactly("not-an-id");
    }

    @Test
    void any_other_well_formed_id_is_a_clearly_labelled_synthetic_item() {
        TaobaoProduct synthetic = client().taobaoProduct("123456789012");
        assertThat(synthetic.title()).startsWith("[SANDBOX] ").contains("synthetic test item");
        assertThat(synthetic.skuList()).hasSizeBetween(4, 16);
        assertThat(client().taobaoProduct("123456789012")).isEqualTo(synthetic);
        assertThatThrownBy(() -> client().taobaoProduct("abc"))
                .isInstanceOfSatisfying(PandaPonException.Rejected.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void taobao_keyword_and_image_search() {
        PandaPonClient client = client();
        PandaPonPage<TaobaoSearchItem> dresses = client.taobaoSearch(TaobaoSearchRequest.of("连衣裙", 1, 10));
        assertThat(dresses.data()).extracting(TaobaoSearchItem::itemId)
                .contains("712345678901", "672991141190") // title, and category 连衣裙
                .doesNotContain("698765432109");
        PandaPonPage<TaobaoSearchItem> english = client.taobaoSearch(TaobaoSearchRequest.of("FLORAL dress", 1, 10));
        assertThat(english.data()).extracting(TaobaoSearchItem::itemId).contains("712345678901");
        PandaPonPage<TaobaoSearchItem> top = client.taobaoSearch(TaobaoSearchRequest.of("", 1, 5));
        assertThat(top.data()).hasSize(5);
        assertThat(top.totalRecords()).isGreaterThanOrEqualTo(20);

        TaobaoImageSearchRequest photo = new TaobaoImageSearchRequest("aGVsbG8gcGhvdG8=", null, 1, 3);
        PandaPonPage<TaobaoSearchItem> first = client.taobaoImageSearch(photo);
        assertThat(first.data()).hasSize(3);
        assertThat(client.taobaoImageSearch(photo).data()).isEqualTo(first.data());
    }

    @Test
    void taobao_cart_add_list_edit_delete() {
        PandaPonClient client = client();
        TaobaoProduct p = client.taobaoProduct("698765432109");
        TaobaoSku sku = p.skuList().stream().filter(s -> s.quantity() > 0).findFirst().orElseThrow();
        assertThat(client.taobaoCartAdd(p, sku, 2)).isTrue();
        assertThat(client.taobaoCartAdd(p, sku, 1)).isTrue();

        TaobaoCart cart = client.taobaoCartList();
        TaobaoCart.Item item = cart.enableList().get(0).cartItemInfos().get(0);
        assertThat(item.quantity()).isEqualTo(3);
        assertThat(item.mpSkuId()).isEqualTo(sku.mpSkuId());
        assertThat(cart.enableList().get(0).shopName()).isEqualTo(p.shopName());

        assertThat(client.taobaoCartEditQuantity(item.id(), 5)).isTrue();
        assertThat(client.taobaoCartList().enableList().get(0).cartItemInfos().get(0).quantity()).isEqualTo(5);
        assertThat(client.taobaoCartDelete(List.of(item.id()))).isTrue();
        assertThat(client.taobaoCartList().enableList()).isEmpty();
    }

    @Test
    void taobao_preview_then_direct_create_then_find_by_client_key_detail_pay_logistics() {
        PandaPonClient client = client();
        TaobaoProduct p = client.taobaoProduct("712345678901");
        TaobaoSku sku = p.skuList().stream().filter(s -> s.quantity() >= 2).findFirst().orElseThrow();
        String key = "gb-" + UUID.randomUUID();
        TaobaoDirectOrder order = TaobaoDirectOrder.of(
                List.of(TaobaoOrderLine.of(p.mpId(), sku.mpSkuId(), 2, sku.unitPrice(), 1)), RECEIVER, key);

        TaobaoOrderPreview preview = client.taobaoOrderPreview(order);
        assertThat(preview.orderable()).isTrue();
        assertThat(preview.productAmount()).isEqualTo(2 * sku.unitPrice());
        assertThat(preview.shippingFee()).isZero(); // 2 x 89.90 is over the 99.00 free-shipping line

        TaobaoOrderCreated created = client.taobaoCreateOrder(order);
        assertThat(created.sellerOrderNumber()).isEqualTo(key);
        assertThat(created.totalAmount()).isEqualTo(preview.totalAmount());
        assertThat(created.orderStatus()).isEqualTo(TaobaoOrderStatus.TAOBAO_ORDER_WAIT_BUYER_PAY.code());

        PandaPonPage<TaobaoOrder> found = client.taobaoOrderPage(TaobaoOrderQuery.bySellerOrderNumber(key));
        assertThat(found.data()).singleElement().satisfies(o -> assertThat(o.orderId()).isEqualTo(created.orderId()));

        assertThat(client.taobaoOrderPay(created.orderId())).isTrue();
        TaobaoOrder paid = client.taobaoOrderDetail(created.orderId());
        assertThat(paid.orderStatus()).isEqualTo(TaobaoOrderStatus.WAIT_SELLER_SEND_GOODS.code());
        assertThat(paid.payStatus()).isEqualTo(2);
        assertThat(paid.lines()).singleElement().satisfies(l -> assertThat(l.skuId()).isEqualTo(sku.mpSkuId()));

        fixture.sandbox.admin().ship(created.orderId(), "顺丰速运", "SF1234521212678");
        TaobaoLogistics logistics = client.taobaoOrderLogistics(created.orderId());
        assertThat(logistics.logisticsNumber()).isEqualTo("SF1234521212678");
        assertThat(logistics.traces()).isNotEmpty();
    }

    @Test
    void taobao_create_refuses_a_stale_price_and_a_wrong_purchase_amount() {
        PandaPonClient client = client();
        TaobaoProduct p = client.taobaoProduct("745120983366");
        TaobaoSku sku = p.skuList().stream().filter(s -> s.quantity() > 0).findFirst().orElseThrow();
        TaobaoOrderLine stale = TaobaoOrderLine.of(p.mpId(), sku.mpSkuId(), 1, sku.unitPrice() - 100, 1);
        assertThatThrownBy(() -> client.taobaoCreateOrder(TaobaoDirectOrder.of(List.of(stale), RECEIVER, "k1")))
                .isInstanceOfSatisfying(PandaPonException.Rejected.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.msg()).contains("price changed");
                    assertThat(e.requestId()).matches("[0-9a-f]{32}");
                });
        TaobaoOrderLine line = TaobaoOrderLine.of(p.mpId(), sku.mpSkuId(), 1, sku.unitPrice(), 1);
        assertThatThrownBy(() -> client.taobaoCreateOrder(new TaobaoDirectOrder(List.of(line), 1, RECEIVER, "k2", null)))
                .isInstanceOfSatisfying(PandaPonException.Rejected.class, e -> assertThat(e.msg())
                        .contains("purchaseAmount"));
        TaobaoOrderLine notDistribution = TaobaoOrderLine.of(p.itemId(), sku.skuId(), 1, sku.unitPrice(), 1);
        assertThatThrownBy(() -> client.taobaoCreateOrder(TaobaoDirectOrder.of(List.of(notDistribution), RECEIVER,
                "k3"))).hasMessageContaining("mpId");
    }

    @Test
    void taobao_create_from_cart_and_cancel() {
        PandaPonClient client = client();
        TaobaoProduct p = client.taobaoProduct("726548390012");
        client.taobaoCartAdd(p, p.skuList().get(0), 1);
        long cartId = client.taobaoCartList().enableList().get(0).cartItemInfos().get(0).id();
        String key = "gb-" + UUID.randomUUID();

        TaobaoOrderCreated created = client.taobaoCreateOrderFromCart(List.of(cartId), RECEIVER, key);
        assertThat(created.sellerOrderNumber()).isEqualTo(key);
        assertThat(created.shippingFee()).isEqualTo(600);
        assertThat(client.taobaoCartList().enableList()).isEmpty();

        assertThat(client.taobaoOrderCancel(created.orderId(), "不想要了")).isTrue();
        assertThat(client.taobaoOrderDetail(created.orderId()).orderStatus()).isEqualTo(TaobaoOrderStatus.CANCEL.code());
        assertThatThrownBy(() -> client.taobaoOrderPay(created.orderId()))
                .isInstanceOfSatisfying(PandaPonException.Rejected.class, e -> assertThat(e.code()).isEqualTo(409));
    }

    @Test
    void alibaba_detail_and_searches() {
        PandaPonClient client = client();
        AlibabaProduct folder = client.alibabaProduct(706627393257L);
        assertThat(folder.subject()).startsWith("PVC插页文件夹");
        assertThat(folder.subjectTrans()).startsWith("PVC insert folder");
        assertThat(folder.minOrderQuantity()).isEqualTo(2);
        assertThat(folder.skus()).allSatisfy(s -> assertThat(s.specId()).matches("[0-9a-f]{32}"));
        assertThat(folder.skus().get(0).attributes()).extracting(AlibabaSku.Attribute::attributeNameTrans)
                .containsExactly("Colour", "Spec");

        assertThat(client.alibabaKeywordSearch(AlibabaKeywordQuery.of("T恤", 1, 5)).data())
                .extracting(i -> i.offerId()).contains("889512351602");
        assertThat(client.alibabaKeywordSearch(AlibabaKeywordQuery.of("yoga", 1, 5)).data())
                .extracting(i -> i.offerId()).containsExactly("739055812640");
        assertThat(client.alibabaImageSearch(AlibabaImageQuery.of("/9j/4AAQSkZJRgABAQEASABIAAD", 1, 4)).data())
                .hasSize(4);
    }

    @Test
    void alibaba_cart_add_list_edit_delete_preview_and_create_from_cart() {
        PandaPonClient client = client();
        AlibabaProduct cup = client.alibabaProduct(671203984455L);
        AlibabaSku sku = cup.skus().stream().filter(s -> s.amountOnSale() > 20).findFirst().orElseThrow();
        assertThat(client.alibabaCartAdd(new AlibabaCartAddRequest(671203984455L, null, sku.specId(), 10))).isTrue();
        AlibabaCart cart = client.alibabaCartList();
        AlibabaCart.Item item = cart.enableList().get(0).cartItemInfos().get(0);
        assertThat(item.specId()).isEqualTo(sku.specId());
        assertThat(cart.enableList().get(0).sellerOpenId()).isEqualTo(cup.sellerOpenId());

        assertThat(client.alibabaCartEditQuantity(item.id(), 12)).isTrue();
        AlibabaOrderPreview preview = client.alibabaCartPreview(List.of(item.id()), ADDRESS);
        assertThat(preview.success()).isTrue();
        assertThat(preview.results().get(0).sumPaymentNoCarriage()).isEqualTo(12 * sku.unitPrice());

        String key = "gb-" + UUID.randomUUID();
        AlibabaOrderCreated created = client.alibabaCreateOrderFromCart(
                AlibabaCartOrderBody.of(ADDRESS, List.of(item.id()), key));
        assertThat(created.orderId()).matches("\\d{19}");
        assertThat(created.totalSuccessAmount()).isEqualTo(preview.totalPayment());
        assertThat(client.alibabaCartList().enableList()).isEmpty();

        assertThat(client.alibabaCartAdd(new AlibabaCartAddRequest(null, cup.offerMapId(), sku.specId(), 10))).isTrue();
        long again = client.alibabaCartList().enableList().get(0).cartItemInfos().get(0).id();
        assertThat(client.alibabaCartDelete(List.of(again))).isTrue();
        assertThat(client.alibabaCartList().enableList()).isEmpty();
    }

    @Test
    void alibaba_preview_create_find_pay_link_and_cancel() throws Exception {
        PandaPonClient client = client();
        AlibabaProduct tee = client.alibabaProduct(889512351602L);
        AlibabaSku sku = tee.skus().stream().filter(s -> s.amountOnSale() >= 3).findFirst().orElseThrow();
        List<AlibabaCargo> cargo = List.of(AlibabaCargo.of(889512351602L, sku.specId(), 3));

        AlibabaOrderPreview preview = client.alibabaOrderPreview(cargo, ADDRESS);
        assertThat(preview.totalPayment()).isEqualTo(3 * sku.unitPrice() + preview.totalCarriage());
        assertThat(preview.totalCarriage()).isEqualTo(800 + 2 * 50);

        String key = "gb-" + UUID.randomUUID();
        AlibabaOrderCreated created = client.alibabaCreateOrder(AlibabaOrderCreateBody.of(ADDRESS, cargo, key));
        assertThat(created.outOrderId()).isEqualTo(key);
        assertThat(created.orderId()).matches("\\d{19}").endsWith("880794");

        PandaPonPage<AlibabaOrder> found = client.alibabaOrderPage(AlibabaOrderQuery.byOutOrderId(key));
        assertThat(found.data()).singleElement().satisfies(o -> {
            assertThat(o.orderId()).isEqualTo(created.orderId());
            assertThat(o.status()).isEqualTo("waitbuyerpay");
            assertThat(o.message()).isEqualTo(key);
        });

        AlibabaPayUrl pay = client.alibabaOrderPayUrl(created.orderId());
        assertThat(pay.payUrl()).contains("/sandbox/pay/" + created.orderId());
        assertThat(client.alibabaOrderCancel(created.orderId(), "不想要了")).isTrue();
        assertThat(client.alibabaOrderPage(AlibabaOrderQuery.byOutOrderId(key)).data().get(0).status())
                .isEqualTo("cancel");

        AlibabaOrderCreated second = client.alibabaCreateOrder(
                AlibabaOrderCreateBody.of(ADDRESS, cargo, key + "-2"));
        try (Response r = SandboxClientFixture.HTTP.newCall(new Request.Builder()
                .url(client.alibabaOrderPayUrl(second.orderId()).payUrl()).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
        }
        assertThat(client.alibabaOrderPage(AlibabaOrderQuery.byOutOrderId(key + "-2")).data().get(0).status())
                .isEqualTo("waitsellersend");
        assertThat(client.alibabaOrderPayUrl(second.orderId()).cantPayOrderList()).containsExactly(second.orderId());
    }

    @Test
    void addresses_and_overseas_freight() {
        PandaPonClient client = client();
        assertThat(client.addresses()).isEmpty();
        client.addressAddOrUpdate(new PandaPonAddress(null, "Somchai", "Bangkok", "Bangkok", "Bang Rak",
                "99 Silom Rd", "+66811111111"));
        PandaPonAddress saved = client.addresses().get(0);
        client.addressAddOrUpdate(new PandaPonAddress(saved.id(), "Somchai J.", "Bangkok", "Bangkok", "Bang Rak",
                "99 Silom Rd", "+66811111111"));
        assertThat(client.addresses()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("Somchai J."));

        TaobaoProduct p = client.taobaoProduct("672991141190");
        FreightEstimate estimate = client.overseasFreightEstimate(new FreightEstimateRequest(p.mpId(),
                p.skuList().get(0).mpSkuId(), 2, new ReceiverAddress("Somchai", null, null, null, "99 Silom Rd",
                null, "TH", "Bangkok", "Bangkok", "10500"), "CNY", "0.01"));
        assertThat(estimate.quotes()).hasSize(3).allSatisfy(q -> assertThat(q.freight()).isPositive());
    }
}
