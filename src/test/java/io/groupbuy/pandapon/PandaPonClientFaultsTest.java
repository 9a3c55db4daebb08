package io.groupbuy.pandapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.groupbuy.app.Json;
import io.groupbuy.core.Secret;
import io.groupbuy.pandapon.wire.TaobaoDirectOrder;
import io.groupbuy.pandapon.wire.TaobaoOrderLine;
import io.groupbuy.pandapon.wire.TaobaoProduct;
import io.groupbuy.sandbox.SandboxFault;
import io.groupbuy.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Authentication refusals, each injected fault kind, and the retry policy, over real HTTP. */
class PandaPonClientFaultsTest {
    private static final String ITEM = "672991141190";
    private static final String PRODUCT_PATH = PandaPonEndpoint.TAOBAO_PRODUCT_GET.path();
    private static SandboxClientFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new SandboxClientFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void reset() {
        fixture.sandbox.admin().reset();
        fixture.sleeps.clear();
        fixture.events.clear();
    }

    private static long calls(PandaPonEndpoint endpoint) {
        return fixture.sandbox.admin().stats().calls(endpoint);
    }

    private static PandaPonClient client(Duration readTimeout, int retries) {
        return fixture.client(fixture.settings().withTimeouts(Duration.ofSeconds(2), readTimeout, Duration.ofSeconds(5))
                .withRetries(retries, Duration.ofMillis(10)), Clock.systemUTC());
    }

    @Test
    void wrong_secret_is_rejected_with_401_and_not_retried() {
        PandaPonClient client = fixture.client(fixture.settings().withSecretKey(Secret.of("wrong")), Clock.systemUTC());
        assertThatThrownBy(() -> client.taobaoProduct(ITEM))
                .isInstanceOfSatisfying(PandaPonException.Rejected.class, e -> {
                    assertThat(e.code()).isEqualTo(401);
                    assertThat(e.msg()).contains("signature");
                    assertThat(e.endpoint()).isEqualTo(PandaPonEndpoint.TAOBAO_PRODUCT_GET);
                    assertThat(e.requestId()).matches("[0-9a-f]{32}");
                });
        assertThat(calls(PandaPonEndpoint.TAOBAO_PRODUCT_GET)).isEqualTo(1);
    }

    @Test
    void another_signer_than_the_servers_is_rejected() {
        PandaPonClient client = fixture.client(fixture.settings().withSigner(Signers.HMAC_MD5), Clock.systemUTC());
        assertThatThrownBy(() -> client.taobaoProduct(ITEM))
                .isInstanceOfSatisfying(PandaPonException.Rejected.class, e -> assertThat(e.code()).isEqualTo(401));
    }

    @Test
    void a_clock_eleven_minutes_off_is_rejected_with_408_and_ten_minutes_is_fine() {
        Clock skewed = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-11));
        assertThatThrownBy(() -> fixture.client(fixture.settings(), skewed).taobaoProduct(ITEM))
                .isInstanceOfSatisfying(PandaPonException.Rejected.class, e -> {
                    assertThat(e.code()).isEqualTo(408);
                    assertThat(e.msg()).contains("600");
                });
        Clock almost = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(9));
        assertThat(fixture.client(fixture.settings(), almost).taobaoProduct(ITEM).itemId()).isEqualTo(ITEM);
    }

    @Test
    void a_missing_system_header_is_rejected_in_the_documented_envelope() throws Exception {
        Request request = new Request.Builder().url(fixture.sandbox.baseUrl() + PRODUCT_PATH + "?itemId=" + ITEM)
                .header("access-key", SandboxOptions.DEFAULT_ACCESS_KEY).header("timestamp", "1")
                .header("user-id", SandboxOptions.DEFAULT_USER_ID).header("signature", "X").build();
        try (Response response = SandboxClientFixture.HTTP.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            var envelope = Json.mapper().readTree(response.body().bytes());
            assertThat(envelope.get("code").asInt()).isEqualTo(401);
            assertThat(envelope.get("msg").asText()).contains("nonce-str");
            assertThat(envelope.get("requestId").asText()).matches("[0-9a-f]{32}");
            assertThat(envelope.get("data").isNull()).isTrue();
        }
    }

    @Test
    void latency_beyond_the_read_timeout_is_unavailable() {
        fixture.sandbox.admin().addFault(SandboxFault.latency(PRODUCT_PATH, 1500, 1));
        assertThatThrownBy(() -> client(Duration.ofMillis(300), 0).taobaoProduct(ITEM))
                .isInstanceOfSatisfying(PandaPonException.Unavailable.class, e -> {
                    assertThat(e.getMessage()).contains("timeout");
                    assertThat(e.httpStatus()).isZero();
                });
    }

    @Test
    void a_slow_read_succeeds_on_retry_and_the_retry_is_visible_upstream() {
        fixture.sandbox.admin().addFault(SandboxFault.latency(PRODUCT_PATH, 1500, 1));
        TaobaoProduct p = client(Duration.ofMillis(300), 2).taobaoProduct(ITEM);
        assertThat(p.itemId()).isEqualTo(ITEM);
        assertThat(calls(PandaPonEndpoint.TAOBAO_PRODUCT_GET)).isEqualTo(2);
        assertThat(fixture.sleeps).hasSize(1);
        assertThat(fixture.events).containsExactly("TAOBAO_PRODUCT_GET:UNAVAILABLE", "TAOBAO_PRODUCT_GET:SUCCESS");
    }

    @Test
    void an_error_code_is_rejected_with_code_msg_and_request_id_and_not_retried() {
        fixture.sandbox.admin().addFault(SandboxFault.code("*", 429, "访问太频繁", 1));
        assertThatThrownBy(() -> client(Duration.ofSeconds(2), 2).taobaoProduct(ITEM))
                .isInstanceOfSatisfying(PandaPonException.Rejected.class, e -> {
                    assertThat(e.code()).isEqualTo(429);
                    assertThat(e.msg()).isEqualTo("访问太频繁");
                    assertThat(e.requestId()).isNotBlank();
                });
        assertThat(calls(PandaPonEndpoint.TAOBAO_PRODUCT_GET)).isEqualTo(1);
    }

    @Test
    void http_5xx_is_unavailable_and_reads_give_up_after_their_retries_with_growing_backoff() {
        fixture.sandbox.admin().addFault(SandboxFault.http5xx(PRODUCT_PATH, 502, 5));
        assertThatThrownBy(() -> client(Duration.ofSeconds(2), 2).taobaoProduct(ITEM))
                .isInstanceOfSatisfying(PandaPonException.Unavailable.class, e -> assertThat(e.httpStatus())
                        .isEqualTo(502));
        assertThat(calls(PandaPonEndpoint.TAOBAO_PRODUCT_GET)).isEqualTo(3);
        assertThat(fixture.sleeps).hasSize(2);
        assertThat(fixture.sleeps.get(0).toMillis()).isBetween(10L, 19L);
        assertThat(fixture.sleeps.get(1).toMillis()).isBetween(20L, 29L);
    }

    @Test
    void a_malformed_body_is_malformed_and_a_read_recovers_on_retry() {
        fixture.sandbox.admin().addFault(SandboxFault.malformed(PRODUCT_PATH, 1));
        assertThatThrownBy(() -> client(Duration.ofSeconds(2), 0).taobaoProduct(ITEM))
                .isInstanceOf(PandaPonException.Malformed.class);
        fixture.sandbox.admin().addFault(SandboxFault.malformed(PRODUCT_PATH, 1));
        assertThat(client(Duration.ofSeconds(2), 1).taobaoProduct(ITEM).itemId()).isEqualTo(ITEM);
    }

    @Test
    void a_dropped_connection_is_unavailable() {
        fixture.sandbox.admin().addFault(SandboxFault.dropConnection(PRODUCT_PATH, 1));
        assertThatThrownBy(() -> client(Duration.ofSeconds(2), 0).taobaoProduct(ITEM))
                .isInstanceOf(PandaPonException.Unavailable.class);
    }

    @Test
    void down_means_503_for_everything_until_cleared() {
        fixture.sandbox.admin().addFault(SandboxFault.down());
        assertThatThrownBy(() -> client(Duration.ofSeconds(2), 0).alibabaCartList())
                .isInstanceOfSatisfying(PandaPonException.Unavailable.class, e -> assertThat(e.httpStatus())
                        .isEqualTo(503));
        fixture.sandbox.admin().clearFaults();
        assertThat(client(Duration.ofSeconds(2), 0).alibabaCartList().enableList()).isEmpty();
    }

    @Test
    void a_mutation_is_never_retried_even_when_the_answer_was_lost() {
        PandaPonClient client = client(Duration.ofSeconds(2), 2);
        TaobaoProduct p = client.taobaoProduct(ITEM);
        fixture.sandbox.admin().addFault(SandboxFault.http5xx(PandaPonEndpoint.TAOBAO_CART_ADD.path(), 500, 1));
        assertThatThrownBy(() -> client.taobaoCartAdd(p, p.skuList().get(0), 1))
                .isInstanceOf(PandaPonException.Unavailable.class);
        assertThat(calls(PandaPonEndpoint.TAOBAO_CART_ADD)).isEqualTo(1);

        fixture.sandbox.admin().addFault(SandboxFault.dropConnection("TAOBAO_ORDER_CREATE", 1));
        TaobaoDirectOrder order = TaobaoDirectOrder.of(List.of(TaobaoOrderLine.of(
                p.mpId(), p.skuList().get(0).mpSkuId(), 1, p.skuList().get(0).unitPrice(), 1)),
                PandaPonClientSandboxTest.RECEIVER, "gb-lost-answer");
        assertThatThrownBy(() -> client.taobaoCreateOrder(order)).isInstanceOf(PandaPonException.Unavailable.class);
        assertThat(fixture.sandbox.admin().stats().createCalls()).isEqualTo(1);
        assertThat(fixture.sandbox.admin().stats().ordersCreated()).isZero();
        assertThat(fixture.sleeps).isEmpty();
    }

    @Test
    void other_http_statuses_are_http_status_errors() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(404).body("not here").build());
            server.start(0);
            PandaPonClientSettings settings = PandaPonClientSettings.of(server.url("/").toString(), "ak",
                    Secret.of("s"), "u", Signers.MD5_SORTED).withRetries(2, Duration.ofMillis(1));
            PandaPonClient client = new PandaPonClient(SandboxClientFixture.HTTP, settings, Clock.systemUTC(),
                    Json.mapper(), d -> { }, PandaPonCallListener.NONE);
            assertThatThrownBy(() -> client.taobaoProduct(ITEM))
                    .isInstanceOfSatisfying(PandaPonException.HttpStatus.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.getMessage()).contains("not here");
                    });
            assertThat(server.getRequestCount()).isEqualTo(1);
            var recorded = server.takeRequest();
            assertThat(recorded.getHeaders().names()).contains("access-key", "timestamp", "nonce-str", "user-id",
                    "signature");
        }
    }

    @Test
    void logs_carry_request_id_and_timing_but_never_the_secret() {
        Logger logger = (Logger) LoggerFactory.getLogger(PandaPonClient.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level before = logger.getLevel();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        try {
            fixture.sandbox.admin().addFault(SandboxFault.http5xx(PRODUCT_PATH, 503, 1));
            client(Duration.ofSeconds(2), 1).taobaoProduct(ITEM);
            PandaPonClient wrong = fixture.client(fixture.settings().withSecretKey(Secret.of("wrong-secret-x")),
                    Clock.systemUTC());
            assertThatThrownBy(() -> wrong.taobaoProduct(ITEM)).isInstanceOf(PandaPonException.Rejected.class);
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }
        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("ok").containsPattern("requestId=[0-9a-f]{32}")
                .containsPattern("took=\\d+ms"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("UNAVAILABLE").contains("http=503"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).containsAnyOf(
                SandboxOptions.DEFAULT_SECRET.reveal(), "wrong-secret-x", "signature="));
    }
}
