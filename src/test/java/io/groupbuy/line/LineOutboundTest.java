package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.testing.line.Delivered;
import io.groupbuy.testing.line.Fault;
import io.groupbuy.testing.line.LineEndpoint;
import io.groupbuy.testing.line.LineIds;
import io.groupbuy.testing.line.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineOutboundTest {
    private final LineHarness h = new LineHarness(new ScriptedConversation());
    private final String group = LineIds.groupId();
    private final ChatId chat = ChatId.of(Channel.LINE, group);

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void newsIsPushedWithARetryKeyDerivedFromItsKey() {
        h.channel.outbound().send(chat, Reply.text("คำสั่งซื้อ #4100 จ่ายเงินแล้ว"), "order:4100:paid");

        Delivered d = h.line.deliveredTo(group).get(0);
        assertThat(d.via()).isEqualTo(Delivered.Via.PUSH);
        assertThat(d.text()).isEqualTo("คำสั่งซื้อ #4100 จ่ายเงินแล้ว");
        assertThat(d.retryKey()).isEqualToIgnoringCase(
                UUID.nameUUIDFromBytes("news:order:4100:paid:0".getBytes()).toString());
        assertThat(h.channel.pushCount()).isEqualTo(1);
    }

    @Test
    void sendingTheSameNewsAgainDeliversItOnce() {
        Reply news = Reply.text("ราคาเปลี่ยน");

        h.channel.outbound().send(chat, news, "price:7");
        h.channel.outbound().send(chat, news, "price:7");

        assertThat(h.line.deliveredTo(group)).hasSize(1);
        assertThat(h.line.requests(LineEndpoint.PUSH)).extracting(RecordedRequest::status).containsExactly(200, 409);
    }

    @Test
    void aLostAnswerIsRetriedAndTheConflictCountsAsDelivered() {
        h.line.failNext(LineEndpoint.PUSH, 1, Fault.lostResponse());

        h.channel.outbound().send(chat, Reply.text("คืนเงินแล้ว"), "refund:9");

        assertThat(h.line.deliveredTo(group)).hasSize(1);
        assertThat(h.line.requests(LineEndpoint.PUSH)).extracting(RecordedRequest::status).containsExactly(-1, 409);
        assertThat(h.channel.pushCount()).isEqualTo(1);
    }

    @Test
    void moreThanFiveMessagesGoInPushesOfFive() {
        List<OutMessage> messages = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            messages.add(OutMessage.Text.of("ข่าว " + i));
        }

        h.channel.outbound().send(chat, new Reply(messages, null), "batch");

        assertThat(h.line.pushCount()).isEqualTo(2);
        assertThat(h.line.deliveredTo(group)).hasSize(7);
    }

    @Test
    void aNewsThatKeepsFailingThrowsSoTheCallerKeepsIt() {
        h.line.failNext(LineEndpoint.PUSH, 10, Fault.serverError());

        assertThatThrownBy(() -> h.channel.outbound().send(chat, Reply.text("x"), "k"))
                .isInstanceOf(LineSendFailed.class).hasMessageContaining("500");
        assertThat(h.line.requests(LineEndpoint.PUSH)).hasSize(LineHarness.FAST.attempts());
        assertThat(h.counter("groupbuy.outbound.failed", "channel", "line")).isEqualTo(1);
        assertThat(h.channel.status().healthy()).isFalse();
    }

    @Test
    void aRefusedNewsIsNotRetried() {
        h.line.failNext(LineEndpoint.PUSH, 1, Fault.status(400, "{\"message\":\"The request body has 1 error(s)\"}"));

        assertThatThrownBy(() -> h.channel.outbound().send(chat, Reply.text("x"), "k2")).isInstanceOf(LineSendFailed.class);
        assertThat(h.line.requests(LineEndpoint.PUSH)).hasSize(1);
    }
}
