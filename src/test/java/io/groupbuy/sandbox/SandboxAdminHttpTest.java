package io.groupbuy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.app.Json;
import io.groupbuy.pandapon.PandaPonClient;
import io.groupbuy.pandapon.PandaPonEndpoint;
import io.groupbuy.pandapon.PandaPonException;
import io.groupbuy.pandapon.wire.TaobaoOrderCreated;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP admin routes under /sandbox/admin/, the pictures, and v1 aliases. */
class SandboxAdminHttpTest {
    private static PandaPonSandbox sandbox;
    private static PandaPonClient client;

    @BeforeAll
    static void start() {
        sandbox = PandaPonSandbox.start(SandboxOptions.defaults());
        client = SandboxTestClient.of(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() throws IOException {
        assertThat(post("/sandbox/admin/reset", "{}").code).isEqualTo(200);
    }

    record Answer(int code, JsonNode json, String text) {
    }

    private static Answer call(Request request) throws IOException {
        try (Response r = SandboxTestClient.HTTP.newCall(request).execute()) {
            String text = r.body().string();
            JsonNode json = null;
            try {
                json = Json.mapper().readTree(text);
            } catch (IOException notJson) {
                // pictures and plain pages
            }
            return new Answer(r.code(), json, text);
        }
    }

    private static Answer get(String path) throws IOException {
        return call(new Request.Builder().url(sandbox.baseUrl() + path).build());
    }

    private static Answer post(String path, String json) throws IOException {
        return call(new Request.Builder().url(sandbox.baseUrl() + path)
                .post(RequestBody.create(json, MediaType.get("application/json"))).build());
    }

    @Test
    void orders_can_be_driven_over_http() throws IOException {
        TaobaoOrderCreated created = SandboxTestClient.orderTaobao(client, "701938475620", 1, "k-http");
        String base = "/sandbox/admin/orders/" + created.orderId();
        assertThat(get("/sandbox/admin/orders").json()).hasSize(1);
        assertThat(post(base + "/advance", "{}").code()).isEqualTo(409);
        assertThat(post(base + "/advance", "{\"pay\":true}").json().get("statusCode").asInt()).isEqualTo(10);
        String line = get(base).json().at("/lines/0/lineId").asText();
        assertThat(post(base + "/price", "{\"unitPrices\":{\"" + line + "\":100}}").json().get("payStatus").asInt())
                .isEqualTo(2);
        assertThat(post(base + "/refund", "{\"amount\":50,\"lineId\":\"" + line + "\"}").json().get("refundId").asText())
                .startsWith("TQ");
        assertThat(post(base + "/ship", "{\"company\":\"顺丰速运\",\"number\":\"SF1\"}").json()
                .get("logisticsNumber").asText()).isEqualTo("SF1");
        assertThat(post(base + "/cancel", "{}").code()).isEqualTo(409);
        assertThat(post("/sandbox/admin/orders/404404/advance", "{}").code()).isEqualTo(404);
        JsonNode stats = get("/sandbox/admin/stats").json();
        assertThat(stats.get("ordersPerClientKey").get("k-http").asInt()).isEqualTo(1);
        assertThat(stats.get("callsPerEndpoint").get("TAOBAO_ORDER_CREATE").asInt()).isEqualTo(1);
    }

    @Test
    void faults_products_and_callback_url_over_http() throws IOException {
        assertThat(post("/sandbox/admin/faults", "{\"endpoint\":\"/open/product/get\",\"kind\":\"CODE\","
                + "\"code\":500,\"msg\":\"系统繁忙\",\"count\":1}").code()).isEqualTo(200);
        assertThat(get("/sandbox/admin/faults").json()).hasSize(1);
        Assertions.assertThatThrownBy(() -> client.taobaoProduct("701938475620"))
                .isInstanceOfSatisfying(PandaPonException.Rejected.class, e -> assertThat(e.msg()).isEqualTo("系统繁忙"));
        assertThat(post("/sandbox/admin/faults", "{\"kind\":\"DOWN\"}").code()).isEqualTo(200);
        Assertions.assertThatThrownBy(() -> client.alibabaCartList()).isInstanceOf(PandaPonException.Unavailable.class);
        assertThat(call(new Request.Builder().url(sandbox.baseUrl() + "/sandbox/admin/faults").delete().build()).code())
                .isEqualTo(200);
        assertThat(post("/sandbox/admin/faults", "{\"kind\":\"EXPLODE\"}").code()).isEqualTo(400);
        assertThat(post("/sandbox/admin/faults", "{\"kind\":\"LATENCY\"}").code()).isEqualTo(400);

        assertThat(post("/sandbox/admin/products/701938475620/price", "{\"price\":20000,\"promotionPrice\":9900}")
                .code()).isEqualTo(200);
        assertThat(client.taobaoProduct("701938475620").skuList()).allSatisfy(s -> assertThat(s.unitPrice())
                .isEqualTo(9900));
        assertThat(post("/sandbox/admin/products/701938475620/stock", "{\"stock\":0}").code()).isEqualTo(200);
        assertThat(client.taobaoProduct("701938475620").quantity()).isZero();
        assertThat(post("/sandbox/admin/products/701938475620/stock", "{}").code()).isEqualTo(400);

        assertThat(post("/sandbox/admin/callback-url", "{\"url\":\"http://127.0.0.1:9/cb\"}").json().get("url")
                .asText()).isEqualTo("http://127.0.0.1:9/cb");
        assertThat(sandbox.admin().callbackUrl()).isEqualTo("http://127.0.0.1:9/cb");
    }

    @Test
    void admin_lives_only_under_its_prefix_and_api_paths_do_not_skip_the_signature() throws IOException {
        assertThat(get("/admin/stats").code()).isEqualTo(404);
        assertThat(get("/sandbox/stats").code()).isEqualTo(404);
        assertThat(post("/v2/taobao/cart/add", "{}").json().get("code").asInt()).isEqualTo(401);
        assertThat(get("/v2/unknown/path").code()).isEqualTo(404);
    }

    @Test
    void pictures_are_served_and_v1_aliases_answer_like_their_v2_twins() throws IOException {
        String url = client.taobaoProduct("712345678901").picUrls().get(0);
        try (Response r = SandboxTestClient.HTTP.newCall(new Request.Builder().url(url).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type")).isEqualTo("image/png");
            assertThat(r.body().bytes().length).isLessThan(30 * 1024);
        }
        assertThat(get("/sandbox/images/nope.png").code()).isEqualTo(404);
        for (PandaPonEndpoint e : PandaPonEndpoint.values()) {
            e.v1Alias().ifPresent(alias -> {
                try {
                    Answer answer = e.method() == PandaPonEndpoint.Method.GET ? get(alias) : post(alias, "{}");
                    assertThat(answer.json().get("code").asInt()).as(alias).isEqualTo(401);
                } catch (IOException io) {
                    throw new AssertionError(io);
                }
            });
        }
    }
}
