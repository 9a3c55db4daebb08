package io.groupbuy.pandapon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groupbuy.app.Json;
import io.groupbuy.pandapon.wire.AlibabaCargo;
import io.groupbuy.pandapon.wire.AlibabaCart;
import io.groupbuy.pandapon.wire.AlibabaCartOrderBody;
import io.groupbuy.pandapon.wire.AlibabaCartPreviewBody;
import io.groupbuy.pandapon.wire.AlibabaCancelBody;
import io.groupbuy.pandapon.wire.AlibabaImageQuery;
import io.groupbuy.pandapon.wire.AlibabaKeywordQuery;
import io.groupbuy.pandapon.wire.AlibabaOrderPreview;
import io.groupbuy.pandapon.wire.AlibabaPayUrl;
import io.groupbuy.pandapon.wire.AlibabaPreviewBody;
import io.groupbuy.pandapon.wire.AlibabaProduct;
import io.groupbuy.pandapon.wire.AlibabaProductQuery;
import io.groupbuy.pandapon.wire.AlibabaSearchItem;
import io.groupbuy.pandapon.wire.CartQuantityEdit;
import io.groupbuy.pandapon.wire.FreightEstimateRequest;
import io.groupbuy.pandapon.wire.PandaPonAddress;
import io.groupbuy.pandapon.wire.PandaPonEnvelope;
import io.groupbuy.pandapon.wire.PandaPonPage;
import io.groupbuy.pandapon.wire.TaobaoBatchCheckItem;
import io.groupbuy.pandapon.wire.TaobaoBatchCheckRequest;
import io.groupbuy.pandapon.wire.TaobaoCartAddRequest;
import io.groupbuy.pandapon.wire.TaobaoCartOrderBody;
import io.groupbuy.pandapon.wire.TaobaoOrderCreateBody;
import io.groupbuy.pandapon.wire.TaobaoOrderLine;
import io.groupbuy.pandapon.wire.TaobaoProduct;
import io.groupbuy.pandapon.wire.TaobaoReceiver;
import io.groupbuy.pandapon.wire.TaobaoSearchRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every documented example (copied from ../shared/pandapon/examples/) parses into our types. */
class PandaPonFixturesTest {
    private static final String DIR = "/fixtures/pandapon/";
    private final ObjectMapper mapper = Json.mapper();
    private final Map<String, Check> checks = new TreeMap<>();

    @FunctionalInterface
    interface Check {
        void run(byte[] raw) throws IOException;
    }

    PandaPonFixturesTest() {
        request("address-add-or-update.request.json", PandaPonAddress.class);
        envelopeOnly("address-add-or-update.response.json");
        checks.put("alibaba-cart-create-order.v1.request.json", raw ->
                assertThat(read(raw, AlibabaCartOrderBody.class).cartIds()).containsExactly(0L));
        checks.put("alibaba-cart-edit-quantity.v1.request.json", raw ->
                assertThat(read(raw, CartQuantityEdit.class).quantity()).isZero());
        checks.put("alibaba-cart-edit-quantity.v1.response.json", raw ->
                assertThat(data(raw, Boolean.class)).isFalse());
        checks.put("alibaba-cart-list.response.json", raw -> {
            AlibabaCart cart = data(raw, AlibabaCart.class);
            assertThat(cart.enableList()).hasSize(1);
            assertThat(cart.disableList().get(0).cartItemInfos().get(0).id()).isZero();
        });
        request("alibaba-cart-preview-order.v1.request.json", AlibabaCartPreviewBody.class);
        checks.put("alibaba-order-batch-submit-pay.v1.request.json", raw ->
                assertThat(tree(raw).get("orderIds").get(0).asText()).isEqualTo("2059624776425880794"));
        checks.put("alibaba-order-cancel.request.json", raw -> {
            AlibabaCancelBody body = read(raw, AlibabaCancelBody.class);
            assertThat(body.orderId()).isEqualTo(2542285634920880794L);
            assertThat(mapper.writeValueAsString(body)).contains("\"orderId\":2542285634920880794");
        });
        checks.put("alibaba-order-cancel.response.json", raw -> {
            assertThat(data(raw, Boolean.class)).isTrue();
            assertThat(envelope(raw).developId()).isEqualTo("1110890638347337996");
        });
        checks.put("alibaba-order-create-preview.clone.request.json", raw -> {
            AlibabaPreviewBody body = read(raw, AlibabaPreviewBody.class);
            AlibabaCargo cargo = body.cargoParamList().get(0);
            assertThat(cargo.offerId()).isEqualTo(889512351602L);
            assertThat(cargo.quantity()).isEqualTo(2);
            assertThat(body.flow()).isEqualTo("fenxiaonew");
        });
        checks.put("alibaba-order-create-preview.clone.response.json", raw -> {
            AlibabaOrderPreview preview = preview(raw);
            assertThat(preview.totalPayment()).isEqualTo(6400);
            assertThat(preview.totalCarriage()).isEqualTo(600);
            assertThat(preview.results().get(0).orderItemTOList().get(0).finalUnitPrice()).isEqualTo(2900);
            assertThat(preview.results().get(0).orderItemTOList().get(0).skuId()).isEqualTo("5736673805656");
        });
        request("alibaba-order-create-preview.request.json", AlibabaPreviewBody.class);
        checks.put("alibaba-order-create-preview.v1.response.json", raw -> {
            AlibabaOrderPreview preview = preview(raw);
            assertThat(preview.success()).isTrue();
            assertThat(preview.results().get(0).tradeModeNameList()).containsExactly("string");
        });
        checks.put("alibaba-order-pay-url.response.json", raw ->
                assertThat(data(raw, AlibabaPayUrl.class).protocolPaySuccess()).isFalse());
        checks.put("alibaba-order-receivegoods.v1.request.json", raw ->
                assertThat(tree(raw).get("orderEntryIds").isArray()).isTrue());
        checks.put("alibaba-order-receivegoods.v1.response.json", raw ->
                assertThat(envelope(raw).data().get("success").asBoolean()).isTrue());
        checks.put("alibaba-product-detail.v1.request.json", raw ->
                assertThat(read(raw, AlibabaProductQuery.class).offerId()).isEqualTo(706627393257L));
        checks.put("alibaba-product-detail.v1.response.json", raw -> {
            AlibabaProduct p = data(raw, AlibabaProduct.class);
            assertThat(p.offerId()).isEqualTo("706627393257");
            assertThat(p.subjectTrans()).startsWith("PVC insert folder");
            assertThat(p.skus()).isEmpty();
        });
        request("alibaba-product-image-query.request.json", AlibabaImageQuery.class);
        checks.put("alibaba-product-image-query.v1.request.json", raw ->
                assertThat(read(raw, AlibabaImageQuery.class).categoryId()).isEqualTo("72"));
        request("alibaba-product-keywords-query.request.json", AlibabaKeywordQuery.class);
        checks.put("alibaba-product-keywords-query.response.json", raw -> {
            PandaPonPage<AlibabaSearchItem> page = page(raw, AlibabaSearchItem.class);
            assertThat(page.totalRecords()).isEqualTo(2000);
            assertThat(page.data().get(0).subject()).startsWith("国潮男装");
        });
        checks.put("alibaba-product-keywords-query.v1.request.json", raw ->
                assertThat(read(raw, AlibabaKeywordQuery.class).priceStart()).isEqualTo("633.69"));
        checks.put("alibaba-product-selleroffer.request.json", raw ->
                assertThat(tree(raw).get("sellerOpenId").asText()).startsWith("BBB"));
        checks.put("alibaba-product-selleroffer.response.json", raw ->
                assertThat(page(raw, AlibabaSearchItem.class).totalPage()).isEqualTo(65));
        checks.put("alibaba-product-selleroffer.v1.request.json", raw ->
                assertThat(read(raw, AlibabaKeywordQuery.class).keyword()).isEqualTo("背心"));
        for (String clone : List.of("callback-order-cancel.clone.json", "callback-order-create.clone.json",
                "callback-order-price-modify.clone.json", "callback-order-status.clone.json")) {
            checks.put(clone, raw -> {
                PandaPonCallback callback = new PandaPonCallbackParser(mapper).parse(raw);
                assertThat(callback.body().get("orderId").asText()).isEqualTo("3305075341149134260");
                assertThat(callback.body().get("totalAmount").asLong())
                        .isEqualTo(callback.body().get("productAmount").asLong()
                                + callback.body().get("shippingFee").asLong());
                assertThat(callback.kind()).isNotEqualTo(PandaPonCallback.Kind.UNKNOWN);
            });
        }
        checks.put("callback-taobao-order-price-modify.json", raw -> {
            PandaPonCallback callback = new PandaPonCallbackParser(mapper).parse(raw);
            assertThat(callback.kind()).isEqualTo(PandaPonCallback.Kind.PRICE_MODIFY);
            assertThat(callback.orderId()).contains("88");
        });
        checks.put("logistics-item-price.request.json", raw ->
                assertThat(read(raw, FreightEstimateRequest.class).receiverAddress().country()).isEqualTo("US"));
        checks.put("logistics-order-booking-freight.request.json", raw ->
                assertThat(tree(raw).at("/lineItems/1/itemId").asText()).isEqualTo("2048232789087639"));
        checks.put("logistics-order-render-freight.request.json", raw ->
                assertThat(tree(raw).at("/renderItems/0/freightInfo/serviceId").asText()).isEqualTo("1"));
        checks.put("logistics-update-logistic-info.request.json", raw ->
                assertThat(tree(raw).at("/logisticInfos/0/domesticLogisticInfo/0/rtsTime").asText())
                        .isEqualTo("1754342534"));
        checks.put("signature-synthetic-vectors.json", raw ->
                assertThat(tree(raw).at("/H1/signature").asText()).hasSize(32));
        checks.put("taobao-cart-add.request.json", raw -> {
            TaobaoCartAddRequest add = read(raw, TaobaoCartAddRequest.class);
            assertThat(add.price()).isEqualTo(13900);
            assertThat(add.shopId()).isEqualTo(268763467L);
        });
        checks.put("taobao-cart-add.response.json", raw -> assertThat(data(raw, Boolean.class)).isTrue());
        checks.put("taobao-cart-add.v1.request.json", raw -> {
            TaobaoCartAddRequest add = read(raw, TaobaoCartAddRequest.class);
            assertThat(add.itemId()).isEqualTo("2048175493257375");
            assertThat(add.skuQuantity()).isEqualTo("94");
            assertThat(mapper.readTree(add.properties()).get(0).get("valueName").asText()).isEqualTo("黄色");
        });
        checks.put("taobao-cart-create-order.v1.request.json", raw -> {
            TaobaoCartOrderBody body = read(raw, TaobaoCartOrderBody.class);
            assertThat(body.ids()).containsExactly(75L, 76L);
            assertThat(body.orderAddress().state()).isEqualTo("浙江省");
        });
        checks.put("taobao-order-create.v1.request.json", raw -> {
            TaobaoOrderCreateBody body = read(raw, TaobaoOrderCreateBody.class);
            List<TaobaoOrderLine> lines = mapper.readValue(body.orderLineList(), new TypeReference<>() { });
            assertThat(lines.stream().mapToLong(TaobaoOrderLine::amount).sum()).isEqualTo(body.purchaseAmount());
            assertThat(mapper.readValue(body.receiver(), TaobaoReceiver.class).mobilePhone()).isEqualTo("15068763421");
        });
        checks.put("taobao-product-batch-check.v1.request.json", raw -> {
            String params = read(raw, TaobaoBatchCheckRequest.class).params();
            List<TaobaoBatchCheckItem> items = mapper.readValue(params, new TypeReference<>() { });
            assertThat(items.get(0).skuIds()).containsExactly("3452545926724");
        });
        checks.put("taobao-product-get.request.json", raw ->
                assertThat(tree(raw).get("itemId").asText()).isEqualTo("WUnUC1cILiBjt-Jv3lDdlQ"));
        checks.put("taobao-product-get.v1.request.json", raw ->
                assertThat(tree(raw).get("itemId").asText()).isEqualTo("672991141190"));
        checks.put("taobao-product-get.response.json", raw -> {
            TaobaoProduct p = data(raw, TaobaoProduct.class);
            assertThat(p.itemId()).isEqualTo("672991141190");
            assertThat(p.mpId()).isEqualTo("2048057995392326");
            assertThat(p.skuList().get(0).promotionPrice()).isEqualTo(1L); // sent as the string "1"
            assertThat(p.skuList().get(0).mpSkuId()).isNull(); // sent as "mpSkuld" (sic)
            assertThat(p.skuList().get(0).properties().get(0).valueName()).isEqualTo("红色");
            assertThat(envelope(raw).requestId()).isEqualTo("4cfda0b725184ab8a1e3ee3b9051ec35");
        });
        request("taobao-product-item-search.request.json", TaobaoSearchRequest.class);
        checks.put("taobao-refund-render.request.json", raw ->
                assertThat(tree(raw).get("refundType").asInt()).isZero());
        checks.put("taobao-refund-render.response.json", raw ->
                assertThat(envelope(raw).data().at("/refundOrderTemplate/maxRefundFee/canEditRefundFee").isBoolean())
                        .isTrue());
        checks.put("taobao-refund-submit-message.v1.request.json", raw ->
                assertThat(tree(raw).get("refundId").asText()).isEqualTo("string"));
        checks.put("README.md", raw -> assertThat(new String(raw, StandardCharsets.UTF_8))
                .contains("Example payloads"));
    }

    @Test
    void every_fixture_file_has_a_check_and_passes_it() throws Exception {
        Set<String> files = fixtureFiles();
        assertThat(checks.keySet()).as("checks without a fixture").isSubsetOf(files);
        assertThat(files).as("fixtures without a check").isSubsetOf(checks.keySet());
        for (Map.Entry<String, Check> check : checks.entrySet()) {
            try (InputStream in = getClass().getResourceAsStream(DIR + check.getKey())) {
                check.getValue().run(in.readAllBytes());
            } catch (AssertionError | IOException e) {
                throw new AssertionError("fixture " + check.getKey() + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void fixtures_are_the_shared_examples_when_those_are_at_hand() throws Exception {
        Path shared = Stream.of("../shared/pandapon/examples", "../../shared/pandapon/examples").map(Path::of)
                .filter(Files::isDirectory).findFirst().orElse(null);
        if (shared == null) {
            return; // CI checks out the project alone; the copy is what counts there
        }
        try (Stream<Path> list = Files.list(shared)) {
            for (Path p : list.toList()) {
                try (InputStream in = getClass().getResourceAsStream(DIR + p.getFileName())) {
                    assertThat(in).as("fixture copy of %s", p.getFileName()).isNotNull();
                    assertThat(in.readAllBytes()).as(p.getFileName().toString()).isEqualTo(Files.readAllBytes(p));
                }
            }
        }
    }

    private Set<String> fixtureFiles() throws IOException, URISyntaxException {
        try (Stream<Path> list = Files.list(Path.of(getClass().getResource(DIR).toURI()))) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private void request(String file, Class<?> type) {
        checks.put(file, raw -> assertThat(read(raw, type)).isNotNull());
    }

    private void envelopeOnly(String file) {
        checks.put(file, raw -> assertThat(envelope(raw).code()).isNotNull());
    }

    private <T> T read(byte[] raw, Class<T> type) throws IOException {
        return mapper.readValue(raw, type);
    }

    private JsonNode tree(byte[] raw) throws IOException {
        return mapper.readTree(raw);
    }

    private PandaPonEnvelope envelope(byte[] raw) throws IOException {
        return mapper.readValue(raw, PandaPonEnvelope.class);
    }

    private <T> T data(byte[] raw, Class<T> type) throws IOException {
        return mapper.treeToValue(envelope(raw).data(), type);
    }

    private <T> PandaPonPage<T> page(byte[] raw, Class<T> item) throws IOException {
        JavaType type = mapper.getTypeFactory().constructParametricType(PandaPonPage.class, item);
        return mapper.treeToValue(envelope(raw).data(), type);
    }

    private AlibabaOrderPreview preview(byte[] raw) throws IOException {
        return mapper.treeToValue(AlibabaOrderPreview.normalize(envelope(raw).data()), AlibabaOrderPreview.class);
    }
}
