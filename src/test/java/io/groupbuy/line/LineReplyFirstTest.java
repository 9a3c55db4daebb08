package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.testing.line.Delivered;
import io.groupbuy.testing.line.Fault;
import io.groupbuy.testing.line.LineEndpoint;
import io.groupbuy.testing.line.LineIds;
import io.groupbuy.testing.line.LineSource;
import io.groupbuy.testing.line.RecordedRequest;
import io.groupbuy.testing.line.WebhookEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineReplyFirstTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

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

    private static Reply texts(int n) {
        List<OutMessage> messages = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            messages.add(OutMessage.Text.of("ข้อความที่ " + i));
        }
        return new Reply(messages, null);
    }

    @Test
    void anAnswerGoesOutByReplyAndIsCounted() {
        h.post(text("/cart"));

        Delivered d = h.line.await(m -> group.equals(m.to()), WAIT);
        h.awaitIdle();

        assertThat(d.via()).isEqualTo(Delivered.Via.REPLY);
        assertThat(h.line.pushCount()).isZero();
        assertThat(h.channel.replyCount()).isEqualTo(1);
        assertThat(h.channel.pushCount()).isZero();
        assertThat(h.counter("groupbuy.outbound.messages", "channel", "line", "kind", "reply")).isEqualTo(1);
    }

    @Test
    void upToFiveMessagesShareOneReply() {
        conversation.answer(in -> texts(5));

        h.post(text("go"));
        h.line.await(m -> "ข้อความที่ 5".equals(m.text()), WAIT);
        h.awaitIdle();

        assertThat(h.line.replyCount()).isEqualTo(1);
        assertThat(h.line.deliveredTo(group)).extracting(Delivered::via).containsOnly(Delivered.Via.REPLY).hasSize(5);
    }

    @Test
    void moreThanFiveMessagesAreFiveByReplyAndTheRestByPushWithARetryKey() {
        conversation.answer(in -> texts(8));
        WebhookEvent e = text("go");

        h.post(e);
        h.line.await(m -> "ข้อความที่ 8".equals(m.text()), WAIT);
        h.awaitIdle();

        List<Delivered> all = h.line.deliveredTo(group);
        assertThat(all).extracting(Delivered::text).containsExactly("ข้อความที่ 1", "ข้อความที่ 2", "ข้อความที่ 3",
                "ข้อความที่ 4", "ข้อความที่ 5", "ข้อความที่ 6", "ข้อความที่ 7", "ข้อความที่ 8");
        assertThat(all.subList(0, 5)).extracting(Delivered::via).containsOnly(Delivered.Via.REPLY);
        assertThat(all.subList(5, 8)).extracting(Delivered::via).containsOnly(Delivered.Via.PUSH);
        assertThat(all.get(5).retryKey()).isEqualToIgnoringCase(
                UUID.nameUUIDFromBytes(("line:" + e.webhookEventId() + ":1").getBytes()).toString());
        assertThat(h.channel.replyCount()).isEqualTo(5);
        assertThat(h.channel.pushCount()).isEqualTo(3);
    }

    @Test
    void aTokenPastTheReplyWindowIsNotTriedAndTheAnswerIsPushedOnceWithARetryKey() {
        WebhookEvent e = text("ช้าไปหน่อย");
        h.clock.advance(Duration.ofSeconds(70)); // the event happened 70 s before it is handled

        h.post(e);
        Delivered d = h.line.await(m -> group.equals(m.to()), WAIT);
        h.awaitIdle();

        assertThat(d.via()).isEqualTo(Delivered.Via.PUSH);
        assertThat(d.retryKey()).isEqualToIgnoringCase(
                UUID.nameUUIDFromBytes(("line:" + e.webhookEventId() + ":0").getBytes()).toString());
        assertThat(h.line.requests(LineEndpoint.REPLY)).isEmpty();
        assertThat(h.line.deliveredTo(group)).hasSize(1);
        assertThat(h.channel.pushCount()).isEqualTo(1);
    }

    @Test
    void anExpiredTokenFallsBackToPushExactlyOnce() {
        WebhookEvent e = text("token หมดอายุ");
        h.line.expireReplyTokens(); // LINE expired it early: "Invalid reply token" on the first try

        h.post(e);
        h.line.await(m -> group.equals(m.to()), WAIT);
        h.awaitIdle();

        assertThat(h.line.requests(LineEndpoint.REPLY)).hasSize(1);
        assertThat(h.line.deliveredTo(group)).extracting(Delivered::via).containsExactly(Delivered.Via.PUSH);
        assertThat(h.line.requests(LineEndpoint.PUSH)).allSatisfy(r -> assertThat(r.header("X-Line-Retry-Key")).isNotNull());
    }

    @Test
    void aLostPushAnswerIsRetriedWithTheSameKeyAnd409MeansDelivered() {
        h.line.failNext(LineEndpoint.PUSH, 1, Fault.lostResponse());
        WebhookEvent e = text("push หาย");
        h.clock.advance(Duration.ofSeconds(70));

        h.post(e);
        h.line.awaitRequest(r -> r.endpoint() == LineEndpoint.PUSH && r.status() == 409, WAIT);
        h.awaitIdle();

        List<RecordedRequest> pushes = h.line.requests(LineEndpoint.PUSH);
        assertThat(pushes).extracting(RecordedRequest::status).containsExactly(-1, 409);
        assertThat(pushes).extracting(r -> r.header("X-Line-Retry-Key")).containsOnly(pushes.get(0).header("X-Line-Retry-Key"));
        assertThat(h.line.deliveredTo(group)).hasSize(1);
        assertThat(h.channel.pushCount()).isEqualTo(1);
    }

    @Test
    void rateLimitedPushIsRetriedWithTheSameKey() {
        h.line.failNext(LineEndpoint.PUSH, 2, Fault.rateLimited());
        WebhookEvent e = text("429");
        h.clock.advance(Duration.ofSeconds(70));

        h.post(e);
        h.line.await(m -> group.equals(m.to()), WAIT);
        h.awaitIdle();

        assertThat(h.line.requests(LineEndpoint.PUSH)).extracting(RecordedRequest::status).containsExactly(429, 429, 200);
        assertThat(h.line.deliveredTo(group)).hasSize(1);
        assertThat(h.counter("groupbuy.outbound.rate_limited", "channel", "line")).isEqualTo(2);
    }

    @Test
    void aReplyAnsweredWithA500IsTriedAgainWithTheSameToken() {
        h.line.failNext(LineEndpoint.REPLY, 1, Fault.serverError());

        h.post(text("500"));
        h.line.await(m -> group.equals(m.to()), WAIT);
        h.awaitIdle();

        assertThat(h.line.requests(LineEndpoint.REPLY)).extracting(RecordedRequest::status).containsExactly(500, 200);
        assertThat(h.line.deliveredTo(group)).extracting(Delivered::via).containsExactly(Delivered.Via.REPLY);
    }

    @Test
    void aReplyThatKeepsFailingWithAnswersIsPushedInstead() {
        h.line.failNext(LineEndpoint.REPLY, 4, Fault.rateLimited());

        h.post(text("429 ตลอด"));
        h.line.await(m -> group.equals(m.to()), WAIT);
        h.awaitIdle();

        assertThat(h.line.requests(LineEndpoint.REPLY)).hasSize(4);
        assertThat(h.line.deliveredTo(group)).extracting(Delivered::via).containsExactly(Delivered.Via.PUSH);
    }

    @Test
    void aReplyWhoseAnswerIsLostIsNotSentAgainNorPushed() {
        h.line.failNext(LineEndpoint.REPLY, 1, Fault.lostResponse());

        h.post(text("ตอบแล้วแต่คำตอบหาย"));
        h.line.await(m -> group.equals(m.to()), WAIT);
        h.awaitIdle();

        // The retry with the same token is refused as used: that proves the lost attempt delivered it.
        assertThat(h.line.requests(LineEndpoint.REPLY)).extracting(RecordedRequest::status).containsExactly(-1, 400);
        assertThat(h.line.requests(LineEndpoint.PUSH)).isEmpty();
        assertThat(h.line.deliveredTo(group)).hasSize(1);
    }

    @Test
    void aLostReplyAnswerOnAPooledConnectionIsNotResentSilentlyByOkHttp() {
        h.post(text("อุ่นเครื่อง"));
        h.line.await(m -> group.equals(m.to()), WAIT);
        h.awaitIdle();
        h.line.clearRecordings();
        h.line.failNext(LineEndpoint.REPLY, 1, Fault.lostResponse());

        h.post(text("คำตอบหายบน connection เดิม"));
        h.line.await(m -> group.equals(m.to()), WAIT);
        h.awaitIdle();

        // Without one-shot bodies OkHttp re-sends at once and the bot would see only "Invalid reply token".
        assertThat(h.line.requests(LineEndpoint.PUSH)).isEmpty();
        assertThat(h.line.deliveredTo(group)).hasSize(1);
    }

    @Test
    void eventsWithoutATokenAreNotAnswered() {
        conversation.answer(in -> Reply.text("ลาก่อน"));

        h.post(h.hooks.leave(LineSource.group(group)));
        conversation.awaitReceived(1, WAIT);
        h.awaitIdle();

        assertThat(h.line.delivered()).isEmpty();
    }
}
