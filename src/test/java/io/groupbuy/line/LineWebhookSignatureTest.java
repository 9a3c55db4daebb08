package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.testing.line.LineIds;
import io.groupbuy.testing.line.LineSource;
import io.groupbuy.testing.line.LineWebhooks;
import io.groupbuy.testing.line.SignedWebhook;
import io.groupbuy.testing.line.WebhookEvent;
import io.groupbuy.testing.line.WebhookResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineWebhookSignatureTest {
    private final ScriptedConversation conversation = new ScriptedConversation();
    private final LineHarness h = new LineHarness(conversation);
    private final String group = LineIds.groupId();
    private final String user = LineIds.userId();

    @AfterEach
    void stop() {
        h.close();
    }

    private WebhookEvent text(String s) {
        return h.hooks.text(LineSource.group(group, user), s);
    }

    @Test
    void validSignatureIsAcceptedRecordedAndAnswered() {
        WebhookResponse r = h.post(text("สวัสดี"));

        assertThat(r.status()).isEqualTo(200);
        h.line.await(d -> group.equals(d.to()) && d.text().equals("ได้รับข้อความ: สวัสดี"), Duration.ofSeconds(10));
        assertThat(h.counter("groupbuy.updates.received", "channel", "line")).isEqualTo(1);
        assertThat(h.channel.status().lastSuccess()).isNotNull();
    }

    @Test
    void signatureWithThePreviousSecretIsAcceptedDuringRotation() {
        WebhookResponse r = h.post(h.hooks.signed(LineHarness.PREVIOUS_SECRET, text("ยังใช้ secret เก่า")));

        assertThat(r.status()).isEqualTo(200);
        assertThat(conversation.awaitReceived(1, Duration.ofSeconds(10))).hasSize(1);
    }

    @Test
    void missingSignatureIs401() {
        assertRefused(h.postRaw(h.hooks.body(text("x")), null));
    }

    @Test
    void emptySignatureIs401() {
        assertRefused(h.postRaw(h.hooks.body(text("x")), ""));
    }

    @Test
    void signatureWithAnotherSecretIs401() {
        assertRefused(h.post(h.hooks.signed("someone-elses-secret", text("x"))));
    }

    @Test
    void nonBase64SignatureIs401() {
        assertRefused(h.postRaw(h.hooks.body(text("x")), "not base64 at all!!"));
    }

    @Test
    void bodyChangedAfterSigningIs401() {
        SignedWebhook signed = h.hooks.signed(LineHarness.SECRET, text("โอน 100 บาท"));
        byte[] tampered = new String(signed.body(), StandardCharsets.UTF_8)
                .replace("โอน 100 บาท", "โอน 900 บาท").getBytes(StandardCharsets.UTF_8);
        assertThat(Arrays.equals(tampered, signed.body())).isFalse();

        assertRefused(h.postRaw(tampered, signed.signature()));
    }

    @Test
    void signatureOfAnEmptyBodyDoesNotOpenTheDoor() {
        assertRefused(h.postRaw(new byte[0], LineWebhooks.sign(LineHarness.SECRET, new byte[0]) + "x"));
    }

    @Test
    void emptyEventsProbeGets200AndRecordsNothing() {
        WebhookResponse r = h.post(h.hooks.signed(LineHarness.SECRET));

        assertThat(r.status()).isEqualTo(200);
        assertThat(h.recordedEvents()).isZero();
        assertThat(h.channel.status().lastSuccess()).isNotNull();
    }

    @Test
    void validSignatureOverSomethingThatIsNotJsonIs400() {
        byte[] body = "hello".getBytes(StandardCharsets.UTF_8);

        WebhookResponse r = h.postRaw(body, LineWebhooks.sign(LineHarness.SECRET, body));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void unknownEventTypesDoNotBreakTheBatch() {
        WebhookEvent known = text("ยังทำงานได้");
        String unknown = "{\"type\":\"somethingNew\",\"mode\":\"active\",\"timestamp\":1,"
                + "\"source\":{\"type\":\"group\",\"groupId\":\"" + group + "\"},"
                + "\"webhookEventId\":\"01HZZZZZZZZZZZZZZZZZZZZZZZ\",\"deliveryContext\":{\"isRedelivery\":false}}";
        String body = "{\"destination\":\"" + h.hooks.destination() + "\",\"events\":[" + unknown + ","
                + known.json() + "]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        WebhookResponse r = h.postRaw(bytes, LineWebhooks.sign(LineHarness.SECRET, bytes));

        assertThat(r.status()).isEqualTo(200);
        h.line.await(d -> d.text().equals("ได้รับข้อความ: ยังทำงานได้"), Duration.ofSeconds(10));
        h.awaitIdle();
        assertThat(conversation.received()).hasSize(1);
    }

    private void assertRefused(WebhookResponse r) {
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body()).contains("invalid signature");
        assertThat(h.recordedEvents()).isZero();
        assertThat(conversation.received()).isEmpty();
        assertThat(h.line.delivered()).isEmpty();
        assertThat(h.counter("groupbuy.webhooks.rejected", "channel", "line")).isEqualTo(1);
        assertThat(h.channel.status().lastSuccess()).isNull();
    }
}
