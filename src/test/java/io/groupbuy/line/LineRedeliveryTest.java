package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.testing.line.Delivered;
import io.groupbuy.testing.line.LineIds;
import io.groupbuy.testing.line.LineSource;
import io.groupbuy.testing.line.SignedWebhook;
import io.groupbuy.testing.line.WebhookEvent;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineRedeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ScriptedConversation conversation = new ScriptedConversation();
    private final LineHarness h = new LineHarness(conversation);
    private final String group = LineIds.groupId();
    private final String user = LineIds.userId();

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void aRedeliveredEventIsHandledOnceAndAnsweredOnce() {
        WebhookEvent original = h.hooks.text(LineSource.group(group, user), "เพิ่มลงตะกร้า");

        assertThat(h.post(original).status()).isEqualTo(200);
        assertThat(h.post(h.hooks.redelivery(original)).status()).isEqualTo(200);
        h.line.await(d -> group.equals(d.to()), WAIT);
        h.awaitIdle();

        assertThat(conversation.received()).hasSize(1);
        assertThat(conversation.received().get(0).eventId()).isEqualTo("line:" + original.webhookEventId());
        assertThat(h.line.deliveredTo(group)).hasSize(1);
        assertThat(h.counter("groupbuy.updates.duplicates", "channel", "line")).isEqualTo(1);
    }

    @Test
    void theIdenticalBodyPostedTwiceIsHandledOnce() {
        SignedWebhook signed = h.hooks.signed(LineHarness.SECRET, h.hooks.text(LineSource.group(group, user), "ซ้ำ"));

        assertThat(h.post(signed).status()).isEqualTo(200);
        assertThat(h.post(signed).status()).isEqualTo(200);
        h.line.await(d -> group.equals(d.to()), WAIT);
        h.awaitIdle();

        assertThat(conversation.received()).hasSize(1);
        assertThat(h.line.deliveredTo(group)).extracting(Delivered::via).containsExactly(Delivered.Via.REPLY);
    }

    @Test
    void eventsOfOneBodyAreHandledInOrderAndEachOnce() {
        WebhookEvent a = h.hooks.text(LineSource.group(group, user), "หนึ่ง");
        WebhookEvent b = h.hooks.text(LineSource.group(group, user), "สอง");
        WebhookEvent c = h.hooks.text(LineSource.group(group, user), "สาม");

        h.post(h.hooks.signed(LineHarness.SECRET, a, b, c));
        h.post(h.hooks.signed(LineHarness.SECRET, b, c));
        h.line.await(d -> "ได้รับข้อความ: สาม".equals(d.text()), WAIT);
        h.awaitIdle();

        assertThat(conversation.received()).extracting(i -> ((io.groupbuy.conversation.model.Content.Text) i.content()).text())
                .containsExactly("หนึ่ง", "สอง", "สาม");
        assertThat(h.line.deliveredTo(group)).hasSize(3);
    }
}
