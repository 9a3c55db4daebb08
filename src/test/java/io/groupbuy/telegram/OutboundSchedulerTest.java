package io.groupbuy.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.conversation.BotMetrics;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The scheduler's own rules, with a recording deliverer instead of HTTP. */
class OutboundSchedulerTest {
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    /** A message "hold" is sent only once this opens: with one sender thread nothing else goes out meanwhile. */
    private final java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, Throwable> failureOf = new ConcurrentHashMap<>();
    private final AtomicInteger concurrentPerChat = new AtomicInteger();
    private final Map<Long, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final BotMetrics metrics = BotMetrics.noop();
    private OutboundScheduler scheduler;

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.close(Duration.ofSeconds(1));
        }
    }

    private OutboundScheduler start(OutboundLimits limits) {
        return start(limits, 4);
    }

    private OutboundScheduler start(OutboundLimits limits, int senderThreads) {
        scheduler = new OutboundScheduler((chat, message) -> {
            String text = ((Rendered.Text) message).html();
            if (text.equals("hold")) {
                hold.await(10, TimeUnit.SECONDS);
            }
            int now = inFlight.computeIfAbsent(chat, c -> new AtomicInteger()).incrementAndGet();
            concurrentPerChat.accumulateAndGet(now, Math::max);
            try {
                AtomicInteger left = failuresLeft.get(text);
                if (left != null && left.getAndDecrement() > 0) {
                    Throwable t = failureOf.get(text);
                    if (t instanceof TelegramApiException e) {
                        throw e;
                    }
                    throw new TelegramApiException("Unable to execute sendmessage", t);
                }
                delivered.add(chat + ":" + text);
                return new MessageSender.Outcome.Delivered("send");
            } finally {
                inFlight.get(chat).decrementAndGet();
            }
        }, limits, metrics, senderThreads);
        return scheduler;
    }

    private static List<Rendered> texts(String... texts) {
        List<Rendered> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new Rendered.Text(t, null, null));
        }
        return out;
    }

    @Test
    void aChatWithALongBacklogDoesNotDelayAnotherChat() throws Exception {
        start(new OutboundLimits(1, 10.0, 1000, 1000, Duration.ZERO));
        List<String> backlog = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            backlog.add("a" + i);
        }
        OutboundTicket busy = scheduler.send(1L, texts(backlog.toArray(String[]::new)));
        OutboundTicket quick = scheduler.send(2L, texts("b0"));

        quick.all().get(10, TimeUnit.SECONDS);
        assertThat(busy.all()).isNotDone();
        assertThat(delivered.indexOf("2:b0")).isLessThan(5);
        busy.all().get(10, TimeUnit.SECONDS);
        assertThat(delivered.stream().filter(d -> d.startsWith("1:")).toList())
                .containsExactlyElementsOf(backlog.stream().map(t -> "1:" + t).toList());
        assertThat(concurrentPerChat.get()).isEqualTo(1);
    }

    @Test
    void a429PutsTheSameMessageBackAtTheHeadAndKeepsTheOrder() throws Exception {
        start(new OutboundLimits(5, 50.0, 1000, 1000, Duration.ZERO));
        failuresLeft.put("m1", new AtomicInteger(1));
        failureOf.put("m1", new TelegramApiRequestException("Error sending message", tooMany(1)));

        scheduler.send(-5L, texts("m0", "m1", "m2")).all().get(10, TimeUnit.SECONDS);

        assertThat(delivered).containsExactly("-5:m0", "-5:m1", "-5:m2");
    }

    @Test
    void aRefusalIsFinalAndAConnectFailureIsRetried() throws Exception {
        start(new OutboundLimits(5, 50.0, 1000, 1000, Duration.ZERO));
        failuresLeft.put("refused", new AtomicInteger(1));
        failureOf.put("refused", new TelegramApiRequestException("Error sending message",
                apiError(403, "Forbidden: bot was kicked from the group chat")));
        failuresLeft.put("later", new AtomicInteger(1));
        failureOf.put("later", new ConnectException("Connection refused"));

        OutboundTicket ticket = scheduler.send(7L, texts("refused", "later"));

        assertThatThrownBy(() -> ticket.all().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(OutboundException.class).hasMessageContaining("403");
        assertThat(delivered).containsExactly("7:later");
    }

    @Test
    void closingFailsWhatCouldNotBeSentAndRefusesNewMessages() throws Exception {
        start(new OutboundLimits(1, 0.5, 1000, 1000, Duration.ZERO));
        OutboundTicket slow = scheduler.send(9L, texts("x0", "x1", "x2"));
        scheduler.close(Duration.ofMillis(200));

        assertThatThrownBy(() -> slow.all().get(5, TimeUnit.SECONDS)).hasMessageContaining("shut down");
        assertThat(scheduler.send(9L, texts("late")).all()).isCompletedExceptionally();
        scheduler = null;
    }

    @Test
    void underTheGlobalLimitManyChatsAreServedRoundRobin() throws Exception {
        start(new OutboundLimits(5, 50.0, 1000, 40, Duration.ZERO), 1);
        // the only sender thread is busy until every chat has queued its messages, so they all wait together
        OutboundTicket held = scheduler.send(0L, texts("hold"));
        List<OutboundTicket> tickets = new ArrayList<>();
        for (long chat = 1; chat <= 60; chat++) {
            tickets.add(scheduler.send(chat, texts("first", "second")));
        }
        hold.countDown();
        held.all().get(10, TimeUnit.SECONDS);
        for (OutboundTicket t : tickets) {
            t.all().get(30, TimeUnit.SECONDS);
        }
        assertThat(delivered).hasSize(121);
        // the global allowance goes to each waiting chat in turn: every first message before any second one
        assertThat(delivered.subList(1, 61)).allSatisfy(d -> assertThat(d).endsWith(":first"));
        assertThat(delivered.subList(61, 121)).allSatisfy(d -> assertThat(d).endsWith(":second"));
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void repliesBeyondTheCapOfAChatDropTheOldestRepliesButNeverNews() throws Exception {
        start(new OutboundLimits(1, 0.01, 1000, 1000, Duration.ZERO)); // one send, then nothing for 100 s
        OutboundTicket first = scheduler.sendReply(3L, texts("r0"));
        first.all().get(10, TimeUnit.SECONDS);
        OutboundTicket news = scheduler.send(3L, texts("news"));
        List<OutboundTicket> replies = new ArrayList<>();
        for (int i = 1; i <= OutboundScheduler.MAX_QUEUED_REPLIES + 5; i++) {
            replies.add(scheduler.sendReply(3L, texts("r" + i)));
        }

        assertThat(scheduler.pending()).isEqualTo(1 + OutboundScheduler.MAX_QUEUED_REPLIES);
        for (int i = 0; i < 5; i++) {
            assertThat(replies.get(i).all()).isCompletedExceptionally();
        }
        assertThat(replies.subList(5, replies.size())).allSatisfy(t -> assertThat(t.all()).isNotDone());
        assertThat(news.all()).isNotDone();
        assertThat(metrics.registry().find("groupbuy.outbound.dropped").tag("channel", "telegram").counter().count())
                .isEqualTo(5);
        assertThatThrownBy(() -> replies.get(0).all().get()).hasMessageContaining("dropped");
        assertThat(scheduler.prompt(3L)).isFalse();
        assertThat(scheduler.prompt(4L)).isTrue();
        assertThat(delivered).containsExactly("3:r0");
    }

    @Test
    void overallAtMostTheCapOfRepliesWaitTheLongestBacklogsLosingTheirOldest() throws Exception {
        start(new OutboundLimits(1, 0.01, 1000, 1, Duration.ZERO)); // a few sends, then nothing for a long while
        OutboundTicket news = scheduler.send(-1L, texts("news"));
        int chats = OutboundScheduler.MAX_QUEUED_REPLIES_IN_ALL / OutboundScheduler.MAX_QUEUED_REPLIES + 50;
        List<OutboundTicket> newest = new ArrayList<>();
        for (int round = 0; round < OutboundScheduler.MAX_QUEUED_REPLIES; round++) {
            for (long chat = 1; chat <= chats; chat++) {
                OutboundTicket t = scheduler.sendReply(-chat, texts("r" + round));
                if (round == OutboundScheduler.MAX_QUEUED_REPLIES - 1) {
                    newest.add(t);
                }
            }
        }

        assertThat(scheduler.pending()).isLessThanOrEqualTo(OutboundScheduler.MAX_QUEUED_REPLIES_IN_ALL + 2);
        double dropped = metrics.registry().find("groupbuy.outbound.dropped").tag("channel", "telegram").counter()
                .count();
        assertThat(dropped + scheduler.pending() + delivered.size())
                .isEqualTo(1 + chats * OutboundScheduler.MAX_QUEUED_REPLIES);
        assertThat(news.all().isCompletedExceptionally()).isFalse(); // news is never dropped
        // the newest reply of every chat is still waiting (or went out): the oldest ones were dropped first
        assertThat(newest).allSatisfy(t -> assertThat(t.all().isCompletedExceptionally()).isFalse());
    }

    private static ApiResponse<Object> tooMany(int seconds) {
        ResponseParameters parameters = new ResponseParameters();
        parameters.setRetryAfter(seconds);
        return ApiResponse.builder().ok(false).errorCode(429).errorDescription("Too Many Requests: retry after "
                + seconds).parameters(parameters).build();
    }

    private static ApiResponse<Object> apiError(int code, String description) {
        return ApiResponse.builder().ok(false).errorCode(code).errorDescription(description).build();
    }
}
