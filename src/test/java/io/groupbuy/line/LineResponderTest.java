package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.TextMessage;
import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Secret;
import io.groupbuy.testing.InMemoryStores;
import io.groupbuy.testing.line.Delivered;
import io.groupbuy.testing.line.Fault;
import io.groupbuy.testing.line.LineApiFake;
import io.groupbuy.testing.line.LineEndpoint;
import io.groupbuy.testing.line.LineIds;
import io.groupbuy.testing.line.LineSource;
import io.groupbuy.testing.line.MutableClock;
import io.groupbuy.testing.line.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What happens when an event is handled a second time: after a failed push, or after a crash. */
class LineResponderTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
    private final LineApiFake line = LineApiFake.builder().channelToken(LineHarness.TOKEN).clock(clock).start();
    private final InMemoryStores tx = new InMemoryStores();
    private final LineSettings settings = LineSettings.of(Secret.of("s"), Optional.empty(), Secret.of(LineHarness.TOKEN),
            line.baseUri(), line.dataBaseUri());
    private final MessagingApiClient api = LineApiClients.messaging(settings);
    private final LineTraffic traffic = new LineTraffic(BotMetrics.noop());
    private final LineResponder responder = new LineResponder(api, new LinePusher(api, traffic, LineHarness.FAST),
            traffic, tx, clock, LineHarness.FAST);
    private final String group = LineIds.groupId();

    @AfterEach
    void stop() {
        line.close();
    }

    private static List<Message> texts(int n) {
        List<Message> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new TextMessage("ข้อความ " + i));
        }
        return out;
    }

    @Test
    void afterACrashTheUsedTokenMeansTheEarlierProcessReplied() throws Exception {
        String token = line.issueReplyToken(group);
        // The earlier process: claimed, replied, crashed before the event was marked done.
        tx.write(s -> s.inbox().claimOperation("line:reply:line:E1", clock.instant()));
        api.replyMessage(new ReplyMessageRequest.Builder(token, texts(2)).build()).get(10, TimeUnit.SECONDS);

        responder.answer(new ReplyTarget("line:E1", group, token, clock.instant().plusSeconds(50)), texts(2));

        assertThat(line.deliveredTo(group)).hasSize(2);
        assertThat(line.requests(LineEndpoint.PUSH)).isEmpty();
    }

    @Test
    void afterACrashAPushAlreadyDoneIsA409() throws Exception {
        ReplyTarget target = new ReplyTarget("line:E2", group, line.issueReplyToken(group), clock.instant().plusSeconds(50));
        responder.answer(target, texts(7));

        LineTraffic afterRestart = new LineTraffic(BotMetrics.noop());
        new LineResponder(api, new LinePusher(api, afterRestart, LineHarness.FAST), afterRestart, tx, clock,
                LineHarness.FAST).answer(target, texts(7));

        assertThat(line.deliveredTo(group)).hasSize(7);
        assertThat(line.requests(LineEndpoint.PUSH)).extracting(RecordedRequest::status).containsExactly(200, 409);
    }

    @Test
    void aTokenUsedByAnEarlierAttemptInThisProcessIsNotRepliedAgainNorPushed() throws Exception {
        ReplyTarget target = new ReplyTarget("line:E3", group, line.issueReplyToken(group), clock.instant().plusSeconds(50));
        line.failNext(LineEndpoint.PUSH, LineHarness.FAST.attempts(), Fault.serverError());

        assertThatThrownBy(() -> responder.answer(target, texts(6))).isInstanceOf(LineCallFailure.class);
        clock.advance(Duration.ofMinutes(5)); // handled again much later: the reply window is long gone
        responder.answer(target, texts(6));

        assertThat(line.requests(LineEndpoint.REPLY)).hasSize(1);
        assertThat(line.deliveredTo(group)).extracting(Delivered::via).containsExactly(Delivered.Via.REPLY,
                Delivered.Via.REPLY, Delivered.Via.REPLY, Delivered.Via.REPLY, Delivered.Via.REPLY, Delivered.Via.PUSH);
    }

    @Test
    void aFailedPushMakesTheEventBeHandledAgainWithoutRepeatingTheReply() {
        ScriptedConversation conversation = new ScriptedConversation();
        conversation.answer(in -> {
            List<OutMessage> m = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                m.add(OutMessage.Text.of("ส่วนที่ " + i));
            }
            return new Reply(m, null);
        });
        try (LineHarness h = new LineHarness(conversation)) {
            String chat = LineIds.groupId();
            h.line.failNext(LineEndpoint.PUSH, LineHarness.FAST.attempts(), Fault.serverError());

            h.post(h.hooks.text(LineSource.group(chat, LineIds.userId()), "ยาว"));
            conversation.awaitReceived(1, WAIT);
            LineHarness.await(() -> h.tx.read(s -> s.inbox().pending("line", 1)).stream()
                    .anyMatch(e -> e.attempts() == 1), "the first handling to fail");
            assertThat(h.line.requests(LineEndpoint.PUSH)).hasSize(LineHarness.FAST.attempts());
            h.clock.advance(Duration.ofSeconds(30)); // past the pump's pause before the next attempt
            h.line.await(d -> "ส่วนที่ 6".equals(d.text()), WAIT);
            h.awaitIdle();

            assertThat(conversation.received()).hasSize(2);
            assertThat(h.line.requests(LineEndpoint.REPLY)).hasSize(1);
            assertThat(h.line.deliveredTo(chat)).hasSize(6);
        }
    }

    @Test
    void settingsHaveTheDocumentedDefaultsAndPrintNoToken() {
        assertThat(settings.replyWindow()).isEqualTo(Duration.ofSeconds(50));
        assertThat(settings.maxImageBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(settings.apiUrl()).isEqualTo(URI.create(line.baseUrl()));
        assertThat(settings.toString()).doesNotContain(LineHarness.TOKEN);
    }
}
