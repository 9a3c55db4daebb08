package io.groupbuy.testing.line;

import static io.groupbuy.testing.line.LineSdk.error;
import static io.groupbuy.testing.line.LineSdk.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.PushMessageResponse;
import com.linecorp.bot.messaging.model.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineApiFakePushTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
    private final LineApiFake line = LineApiFake.builder().clock(clock).start();
    private final MessagingApiClient api = LineSdk.api(line);
    private final String group = LineIds.groupId();

    @AfterEach
    void stop() {
        line.close();
    }

    private CompletableFuture<Result<PushMessageResponse>> push(UUID key, String to, String text) {
        return api.pushMessage(key, new PushMessageRequest.Builder(to, List.of(new TextMessage(text))).build());
    }

    @Test
    void repeatWithTheSameRetryKeyIsA409AndNotDeliveredAgain() {
        UUID key = UUID.randomUUID();
        Result<PushMessageResponse> first = ok(push(key, group, "Order confirmed"));

        MessagingApiClientException again = error(push(key, group, "Order confirmed"));

        assertThat(first.requestId()).isNotBlank();
        assertThat(again.getCode()).isEqualTo(409);
        assertThat(again.getError()).isEqualTo("The retry key is already accepted");
        assertThat(again.getHeader("x-line-accepted-request-id")).isEqualTo(first.requestId());
        assertThat(again.getRequestId()).isNotEqualTo(first.requestId());
        assertThat(again.getSentMessages()).isEqualTo(first.body().sentMessages());
        assertThat(line.deliveredTo(group)).hasSize(1);
        assertThat(line.deliveredTo(group).get(0).retryKey()).isEqualTo(key.toString());
        assertThat(line.pushCount()).isEqualTo(1);
        assertThat(line.requests(LineEndpoint.PUSH)).extracting(RecordedRequest::status).containsExactly(200, 409);
    }

    @Test
    void withoutRetryKeyEveryPushIsDelivered() {
        ok(push(null, group, "hello"));
        ok(push(null, group, "hello"));

        assertThat(line.deliveredTo(group)).hasSize(2);
        assertThat(line.requests(LineEndpoint.PUSH).get(0).retryKey()).isNull();
    }

    @Test
    void retryKeyIsForgottenAfter24Hours() {
        UUID key = UUID.randomUUID();
        ok(push(key, group, "daily"));
        clock.advance(Duration.ofHours(24));

        ok(push(key, group, "daily"));

        assertThat(line.deliveredTo(group)).hasSize(2);
    }

    @Test
    void retryAfterAnInjected500GoesThroughBecauseOnlyAcceptedKeysCount() {
        UUID key = UUID.randomUUID();
        line.failNext(LineEndpoint.PUSH, 1, Fault.serverError());

        assertThat(error(push(key, group, "x")).getCode()).isEqualTo(500);
        ok(push(key, group, "x"));

        assertThat(line.deliveredTo(group)).hasSize(1);
    }

    @Test
    void lostResponseThenRetryGives409AndOneDelivery() {
        UUID key = UUID.randomUUID();
        line.failNext(LineEndpoint.PUSH, 1, Fault.lostResponse());

        Throwable lost = LineSdk.failure(push(key, group, "paid"));
        MessagingApiClientException retry = error(push(key, group, "paid"));

        assertThat(lost).isInstanceOf(java.io.IOException.class);
        assertThat(retry.getCode()).isEqualTo(409);
        assertThat(retry.getHeader("x-line-accepted-request-id"))
                .isEqualTo(line.requests(LineEndpoint.PUSH).get(0).requestId());
        assertThat(line.deliveredTo(group)).hasSize(1);
    }

    @Test
    void malformedRecipientIsRejected() {
        for (String to : List.of("U123", "C" + "g".repeat(32), "X" + "0".repeat(32), "u" + "0".repeat(32),
                "U" + "A".repeat(32))) {
            MessagingApiClientException e = error(push(null, to, "x"));
            assertThat(e.getCode()).as(to).isEqualTo(400);
            assertThat(e.getError()).contains("'to'");
        }
        ok(push(null, LineIds.userId(), "ok"));
        ok(push(null, LineIds.roomId(), "ok"));
        assertThat(line.delivered()).hasSize(2);
    }

    @Test
    void retryKeyMustBeAUuidAndOnlyOnPush() {
        String body = "{\"to\":\"" + group + "\",\"messages\":[{\"type\":\"text\",\"text\":\"x\"}]}";

        LineSdk.Raw notUuid = LineSdk.post(line, "/v2/bot/message/push", body, "X-Line-Retry-Key", "attempt-1");
        LineSdk.Raw onReply = LineSdk.post(line, "/v2/bot/message/reply",
                "{\"replyToken\":\"" + line.issueReplyToken(group) + "\",\"messages\":[{\"type\":\"text\",\"text\":\"x\"}]}",
                "X-Line-Retry-Key", UUID.randomUUID().toString());
        LineSdk.Raw upperCase = LineSdk.post(line, "/v2/bot/message/push", body,
                "X-Line-Retry-Key", UUID.randomUUID().toString().toUpperCase());

        assertThat(notUuid.status()).isEqualTo(400);
        assertThat(onReply.status()).isEqualTo(400);
        assertThat(upperCase.status()).isEqualTo(200);
        assertThat(upperCase.response().headers().firstValue("x-line-request-id")).isPresent();
        assertThat(line.deliveredTo(group)).hasSize(1);
    }

    @Test
    void concurrentDuplicatesDeliverOnce() {
        UUID key = UUID.randomUUID();
        List<CompletableFuture<Result<PushMessageResponse>>> calls =
                java.util.stream.IntStream.range(0, 5).mapToObj(i -> push(key, group, "once")).toList();

        long accepted = calls.stream().filter(c -> {
            try {
                c.get(10, java.util.concurrent.TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                return false;
            }
        }).count();

        assertThat(accepted).isEqualTo(1);
        assertThat(line.responsesWithStatus(409)).isEqualTo(4);
        assertThat(line.deliveredTo(group)).hasSize(1);
    }
}
