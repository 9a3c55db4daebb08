package io.groupbuy.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.ChatId;
import io.groupbuy.testing.telegram.Fault;
import io.groupbuy.testing.telegram.SentMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbound scheduler against the fake's flood limits (burst 3 then 1/s per chat, 20/min per group, 30/s). */
class TelegramOutboundTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long GROUP = -100_555L;

    private TelegramTestBed bed;
    private TelegramChannel channel;

    @BeforeEach
    void start() {
        bed = new TelegramTestBed();
        bed.fake.enforceLimits(true);
        channel = bed.start();
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void aBurstOf500MessagesAcross30ChatsStaysWithinTheLimits() throws Exception {
        List<Long> chats = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            chats.add(-100_000L - i);
            bed.fake.addChat(-100_000L - i, "supergroup", "Group " + i);
        }
        for (int i = 1; i <= 20; i++) {
            chats.add(500_000L + i);
            bed.fake.addChat(500_000L + i, "private", "User " + i);
        }
        ExecutorService callers = Executors.newFixedThreadPool(chats.size());
        List<Future<?>> calls = new ArrayList<>();
        long started = System.nanoTime();
        for (long chat : chats) {
            int count = chat < 0 ? 20 : 15; // groups: at most 20 a minute, so the burst fits one minute
            List<OutMessage> messages = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                messages.add(OutMessage.Text.of("chat " + chat + " message " + n));
            }
            calls.add(callers.submit(() -> channel.outbound().send(ChatId.telegram(chat),
                    new Reply(messages, null), "burst-" + chat)));
        }
        for (Future<?> call : calls) {
            call.get(3, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        callers.shutdown();

        int total = 0;
        for (long chat : chats) {
            List<SentMessage> sent = bed.fake.sentMessages(chat);
            int count = chat < 0 ? 20 : 15;
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                expected.add("chat " + chat + " message " + n);
            }
            assertThat(sent).extracting(SentMessage::plainText).containsExactlyElementsOf(expected);
            total += sent.size();
        }
        assertThat(total).isEqualTo(500);
        assertThat(bed.fake.tooManyRequestsCount()).isZero();
        assertThat(bed.fake.calls("sendMessage")).hasSize(500);
        System.out.printf("telegram outbound burst: 500 messages to 30 chats in %.1f s = %.1f msg/s "
                + "(fake measured %.1f msg/s, busiest second %d), 429s: %d%n", seconds, 500 / seconds,
                bed.fake.achievedSendRate(), bed.fake.maxSendsWithin(Duration.ofSeconds(1)),
                bed.fake.tooManyRequestsCount());
    }

    @Test
    void a429IsHonouredAndTheSameMessageIsDeliveredOnceAfterTheWait() {
        bed.fake.addChat(GROUP, "supergroup", "Buyers");
        bed.fake.failNext("sendMessage", 1, Fault.tooManyRequests(2));
        long started = System.nanoTime();

        channel.outbound().send(ChatId.telegram(GROUP), Reply.text("after the flood"), "news-1");

        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos());
        assertThat(bed.fake.sentMessages(GROUP)).extracting(SentMessage::plainText).containsExactly("after the flood");
        assertThat(bed.fake.calls("sendMessage", GROUP)).hasSize(2);
        assertThat(bed.count("groupbuy.outbound.rate_limited")).isEqualTo(1);
        assertThat(bed.count("groupbuy.outbound.failed")).isZero();
    }

    @Test
    void a5xxIsSentAgainAfterABackoffAndDeliveredOnce() {
        bed.fake.addChat(GROUP, "supergroup", "Buyers");
        bed.fake.failNext("sendMessage", 1, Fault.serverError());
        bed.fake.failNext("sendMessage", 1, Fault.badGateway());

        channel.outbound().send(ChatId.telegram(GROUP), Reply.text("through the outage"), "news-5xx");

        assertThat(bed.fake.sentMessages(GROUP)).extracting(SentMessage::plainText)
                .containsExactly("through the outage");
        assertThat(bed.fake.calls("sendMessage", GROUP)).extracting(c -> c.httpStatus())
                .containsExactly(500, 502, 200);
        assertThat(bed.count("groupbuy.outbound.failed")).isZero();
    }

    @Test
    void aSendWhoseAnswerIsLostIsNotSentAgain() {
        bed.fake.addChat(GROUP, "supergroup", "Buyers");
        bed.fake.failNext("sendMessage", 1, Fault.dropResponse());

        channel.outbound().send(ChatId.telegram(GROUP), Reply.text("maybe"), "news-2");

        assertThat(bed.fake.sentMessages(GROUP)).hasSize(1);
        assertThat(bed.fake.calls("sendMessage", GROUP)).hasSize(1);
        assertThat(bed.count("groupbuy.outbound.failed")).isEqualTo(1);
    }

    @Test
    void aRefusedMessageFailsTheSendAndARetryWithTheSameKeySkipsWhatWasDelivered() {
        bed.fake.addChat(GROUP, "supergroup", "Buyers");
        Reply news = Reply.of(OutMessage.Text.of("part one"), OutMessage.Text.of("part two"));
        bed.fake.failNext("sendMessage", 1, Fault.tooManyRequests(1));
        channel.outbound().send(ChatId.telegram(GROUP), news, "news-3");
        bed.fake.awaitSent(GROUP, 2, WAIT);

        // the same key again (a caller retrying after a crash-free failure): nothing is sent twice
        channel.outbound().send(ChatId.telegram(GROUP), news, "news-3");
        assertThat(bed.fake.sentMessages(GROUP)).extracting(SentMessage::plainText)
                .containsExactly("part one", "part two");

        Reply other = Reply.of(OutMessage.Text.of("first"), OutMessage.Text.of("second"));
        bed.fake.failNext("sendMessage", 1, Fault.httpError(400, "Bad Request: refused"));
        assertThatThrownBy(() -> channel.outbound().send(ChatId.telegram(GROUP), other, "news-4"))
                .isInstanceOf(OutboundException.class).hasMessageContaining("refused");
        channel.outbound().send(ChatId.telegram(GROUP), other, "news-4");
        assertThat(bed.fake.sentMessages(GROUP)).extracting(SentMessage::plainText)
                .containsExactly("part one", "part two", "second", "first");
    }
}
