package io.groupbuy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.app.Json;
import io.groupbuy.pandapon.PandaPonCallback;
import io.groupbuy.pandapon.PandaPonCallbackParser;
import io.groupbuy.pandapon.PandaPonClient;
import io.groupbuy.pandapon.PandaPonMessageTypes;
import io.groupbuy.pandapon.wire.TaobaoOrderCreated;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox pushes callbacks to a local receiver with PandaPon's retry rules (interval shortened). */
class SandboxCallbacksTest {
    private final PandaPonCallbackParser parser = new PandaPonCallbackParser(Json.mapper());
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<MockResponse> script = new ConcurrentLinkedQueue<>();
    private MockWebServer receiver;
    private PandaPonSandbox sandbox;
    private PandaPonClient client;

    @BeforeEach
    void start() throws Exception {
        receiver = new MockWebServer();
        receiver.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                bodies.add(request.getBody().utf8());
                MockResponse next = script.poll();
                return next != null ? next : new MockResponse.Builder().code(200).build();
            }
        });
        receiver.start(0);
    }

    private void startSandbox(int maxRetries) {
        sandbox = PandaPonSandbox.start(SandboxOptions.defaults()
                .withCallbackUrl(receiver.url("/pandapon/callback/token").toString())
                .withCallbackRetry(Duration.ofMillis(100), maxRetries));
        client = SandboxTestClient.of(sandbox);
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        receiver.close();
    }

    @Test
    void a_receiver_failing_twice_gets_exactly_three_identical_deliveries() {
        startSandbox(5);
        script.add(new MockResponse.Builder().code(500).build());
        script.add(new MockResponse.Builder().code(500).build());
        SandboxTestClient.orderTaobao(client, "698765432109", 1, "k-retry");

        Await.until("the delivery", () -> sandbox.admin().stats().callbacksSent() == 1);
        assertThat(bodies).hasSize(3);
        assertThat(bodies.get(1)).isEqualTo(bodies.get(0));
        assertThat(bodies.get(2)).isEqualTo(bodies.get(0));
        SandboxStats stats = sandbox.admin().stats();
        assertThat(stats.callbacksFailed()).isEqualTo(2);
        assertThat(stats.callbacksPending()).isZero();
        assertThat(sandbox.admin().callbacks()).singleElement()
                .satisfies(d -> assertThat(d.attempts()).isEqualTo(3));
    }

    @Test
    void a_receiver_slower_than_1000_ms_has_failed_and_gets_the_message_again() {
        startSandbox(5);
        script.add(new MockResponse.Builder().code(200).headersDelay(1500, TimeUnit.MILLISECONDS).build());
        SandboxTestClient.orderTaobao(client, "698765432109", 1, "k-slow");

        Await.until("the second delivery", () -> sandbox.admin().stats().callbacksSent() == 1);
        assertThat(sandbox.admin().stats().callbacksFailed()).isEqualTo(1);
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1)).isEqualTo(bodies.get(0));
    }

    @Test
    void delivery_is_given_up_after_the_last_retry() {
        startSandbox(2);
        for (int i = 0; i < 5; i++) {
            script.add(new MockResponse.Builder().code(503).build());
        }
        SandboxTestClient.orderTaobao(client, "698765432109", 1, "k-giveup");

        Await.until("giving up", () -> sandbox.admin().stats().callbacksAbandoned() == 1);
        assertThat(bodies).hasSize(3);
        assertThat(sandbox.admin().stats().callbacksPending()).isZero();
        assertThat(sandbox.admin().callbacks().get(0).state()).startsWith("abandoned");
    }

    @Test
    void status_price_and_refund_messages_parse_with_either_body_encoding() {
        startSandbox(5);
        TaobaoOrderCreated created = SandboxTestClient.orderTaobao(client, "698765432109", 2, "k-events");
        client.taobaoOrderPay(created.orderId());
        SandboxOrderView order = sandbox.admin().order(created.orderId());
        sandbox.admin().changeOrderPrice(created.orderId(), null,
                Map.of(order.lines().get(0).lineId(), order.lines().get(0).unitPrice() - 100));
        sandbox.admin().refund(created.orderId(), 150, null);

        Await.until("four messages", () -> sandbox.admin().stats().callbacksSent() == 4);
        List<String> raw = new ArrayList<>(bodies);
        assertThat(raw.get(0)).contains("\"messageBody\":\"{"); // alternate: a JSON string ...
        assertThat(raw.get(1)).contains("\"messageBody\":{");   // ... then an object
        List<PandaPonCallback> messages = raw.stream().map(b -> parser.parse(b.getBytes())).toList();
        assertThat(messages).extracting(PandaPonCallback::messageType).containsExactlyInAnyOrder(
                PandaPonMessageTypes.TAOBAO_STATUS_MODIFY, PandaPonMessageTypes.TAOBAO_STATUS_MODIFY,
                PandaPonMessageTypes.TAOBAO_PRICE_MODIFY, PandaPonMessageTypes.TAOBAO_REFUND);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.messagePlatform()).isZero();
            assertThat(m.orderId()).contains(created.orderId());
            assertThat(m.messageId()).isPresent();
            assertThat(m.body().get("sellerOrderNumber").asText()).isEqualTo("k-events");
        });
        assertThat(messages.stream().map(PandaPonCallback::dedupeKey).distinct()).hasSize(4);

        PandaPonCallback paid = messages.stream().filter(m -> m.kind() == PandaPonCallback.Kind.STATUS
                && m.body().get("payStatus").asInt() == 2).findFirst().orElseThrow();
        assertThat(paid.body().get("orderStatus").asText()).isEqualTo("WAIT_SELLER_SEND_GOODS");
        assertThat(paid.body().get("orderStatusCode").asInt()).isEqualTo(10);

        PandaPonCallback price = messages.stream().filter(m -> m.kind() == PandaPonCallback.Kind.PRICE_MODIFY)
                .findFirst().orElseThrow();
        assertThat(price.body().get("newTotalAmount").asLong())
                .isEqualTo(price.body().get("oldTotalAmount").asLong() - 200);
        assertThat(price.body().at("/purchaseOrderPriceDTO/purchaseTotalFee").asLong())
                .isEqualTo(price.body().get("newTotalAmount").asLong());
        assertThat(price.body().at("/subOrders/0/purchase_order_outer_id").asText()).isEqualTo("k-events");

        PandaPonCallback refund = messages.stream().filter(m -> m.kind() == PandaPonCallback.Kind.REFUND)
                .findFirst().orElseThrow();
        assertThat(refund.body().get("refundId").asText()).startsWith("TQ");
        assertThat(refund.body().get("refundAmount").asLong()).isEqualTo(150);
    }

    @Test
    void the_callback_url_can_change_at_runtime_and_null_stops_callbacks() {
        startSandbox(5);
        sandbox.admin().setCallbackUrl(null);
        SandboxTestClient.orderTaobao(client, "698765432109", 1, "k-none");
        sandbox.admin().setCallbackUrl(receiver.url("/other").toString());
        SandboxTestClient.orderTaobao(client, "698765432109", 1, "k-some");
        Await.until("one message", () -> sandbox.admin().stats().callbacksSent() == 1);
        assertThat(bodies).singleElement().satisfies(b -> assertThat(b).contains("k-some"));
    }
}
