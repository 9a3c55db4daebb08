package io.groupbuy.pandapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.app.Json;
import io.groupbuy.core.Marketplace;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PandaPonCallbackParserTest {
    private final PandaPonCallbackParser parser = new PandaPonCallbackParser(Json.mapper());

    private PandaPonCallback parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void body_as_object_and_body_as_json_string_read_the_same() {
        PandaPonCallback object = parse("{\"messageType\":\"TAOBAO_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY\","
                + "\"messageBody\":{\"messageId\":\"m1\",\"orderId\":\"4123\"},\"messagePlatform\":0,"
                + "\"timestamp\":\"1779263269913\"}");
        PandaPonCallback string = parse("{\"messageType\":\"TAOBAO_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY\","
                + "\"messageBody\":\"{\\\"messageId\\\":\\\"m1\\\",\\\"orderId\\\":\\\"4123\\\"}\","
                + "\"messagePlatform\":\"0\",\"timestamp\":1779263269913}");
        assertThat(string).isEqualTo(object);
        assertThat(object.body().get("orderId").asText()).isEqualTo("4123");
        assertThat(object.messageId()).contains("m1");
        assertThat(object.dedupeKey()).isEqualTo("id:m1");
        assertThat(object.marketplace()).contains(Marketplace.TAOBAO);
        assertThat(object.timestamp()).isEqualTo("1779263269913");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY, PRICE_MODIFY",
        "1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY, PRICE_MODIFY",
        "ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY, PRICE_MODIFY",
        "TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND, REFUND",
        "ORDER_BUYER_VIEW_ORDER_BUYER_REFUND, REFUND",
        "1688_ORDER_BUYER_VIEW_ORDER_STATUS_MODIFY, STATUS",
        "ORDER_CREATE, STATUS",
        "ORDER_CANCEL, STATUS",
        "ORDER_PAY_SUCCESS, STATUS",
        "aliqua ut eu dolor, UNKNOWN"})
    void dispatch_by_suffix_keeps_unknown_types(String type, PandaPonCallback.Kind kind) {
        assertThat(parse("{\"messageType\":\"" + type + "\"}").kind()).isEqualTo(kind);
    }

    @Test
    void platform_may_be_absent_and_then_the_prefix_decides() {
        PandaPonCallback c = parse("{\"messageType\":\"1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY\","
                + "\"messageBody\":{\"baseInfo\":{\"id\":2542285634920880794}}}");
        assertThat(c.messagePlatform()).isNull();
        assertThat(c.marketplace()).contains(Marketplace.ALIBABA_1688);
        assertThat(c.orderId()).contains("2542285634920880794");
        assertThat(c.messageId()).isEmpty();
        assertThat(c.dedupeKey()).startsWith("sha256:").isEqualTo(parse("{\"messageType\":"
                + "\"1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY\",\"messageBody\":{\"baseInfo\":{\"id\":"
                + "2542285634920880794}}}").dedupeKey());
    }

    @Test
    void odd_bodies_are_kept_and_non_messages_are_malformed() {
        assertThat(parse("{\"messageType\":\"X\",\"messageBody\":\"not json\"}").body().asText())
                .isEqualTo("not json");
        assertThat(parse("{\"messageType\":\"X\"}").body().isObject()).isTrue();
        assertThatThrownBy(() -> parse("{\"hello\":1}")).isInstanceOf(PandaPonException.Malformed.class);
        assertThatThrownBy(() -> parse("[1]")).isInstanceOf(PandaPonException.Malformed.class);
        assertThatThrownBy(() -> parse("verify")).isInstanceOf(PandaPonException.Malformed.class);
        assertThat(parser.tryParse("".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
