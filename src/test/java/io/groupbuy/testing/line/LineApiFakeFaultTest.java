package io.groupbuy.testing.line;

import static io.groupbuy.testing.line.LineSdk.error;
import static io.groupbuy.testing.line.LineSdk.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.TextMessage;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineApiFakeFaultTest {
    private final LineApiFake line = LineApiFake.start("fault-token");
    private final MessagingApiClient api = LineSdk.api(line);
    private final String group = LineIds.groupId();

    @AfterEach
    void stop() {
        line.close();
    }

    private PushMessageRequest text(String s) {
        return new PushMessageRequest.Builder(group, List.of(new TextMessage(s))).build();
    }

    @Test
    void injected429SurfacesAsCode429AndIsCounted() {
        line.failNext(LineEndpoint.PUSH, 2, Fault.rateLimited());

        MessagingApiClientException first = error(api.pushMessage(null, text("a")));
        MessagingApiClientException second = error(api.pushMessage(null, text("a")));
        ok(api.pushMessage(null, text("a")));

        assertThat(first.getCode()).isEqualTo(429);
        assertThat(first.getError()).isEqualTo("The API rate limit has been exceeded. Try again later.");
        assertThat(second.getCode()).isEqualTo(429);
        assertThat(line.rateLimitedCount()).isEqualTo(2);
        assertThat(line.deliveredTo(group)).hasSize(1);
    }

    @Test
    void faultsMatchByPathRegexAndLeaveOtherEndpointsAlone() {
        String user = LineIds.userId();
        line.registerMember(group, user, "A");
        line.failNext("/v2/bot/group/.*/member/.*", 1, Fault.monthlyLimitReached());

        ok(api.pushMessage(null, text("unaffected")));
        MessagingApiClientException e = error(api.getGroupMemberProfile(group, user));
        ok(api.getGroupMemberProfile(group, user));

        assertThat(e.getCode()).isEqualTo(429);
        assertThat(e.getError()).isEqualTo("You have reached your monthly limit.");
    }

    @Test
    void wrongTokenGets401WithoutUsingUpTheFault() {
        line.failNext(LineEndpoint.PUSH, 1, Fault.serverError());
        MessagingApiClient stranger = MessagingApiClient.builder("nope").apiEndPoint(line.baseUri())
                .usingDefaultLogger(false).build();

        assertThat(error(stranger.pushMessage(null, text("x"))).getCode()).isEqualTo(401);
        assertThat(error(api.pushMessage(null, text("x"))).getCode()).isEqualTo(500);
    }

    @Test
    void droppedConnectionIsAnIoErrorAndNothingIsDelivered() {
        line.failNext(LineEndpoint.PUSH, 1, Fault.dropConnection());

        Throwable t = LineSdk.failure(api.pushMessage(null, text("lost")));

        assertThat(t).isInstanceOf(IOException.class).isNotInstanceOf(MessagingApiClientException.class);
        // OkHttp does not silently resend the POST on a fresh connection: one request reached the fake.
        assertThat(line.requests(LineEndpoint.PUSH)).extracting(RecordedRequest::status).containsExactly(-1);
        assertThat(line.delivered()).isEmpty();
    }

    @Test
    void droppedPooledConnectionIsRetriedSilentlyByOkHttp() {
        ok(api.pushMessage(null, text("warm up the pool")));
        line.failNext(LineEndpoint.PUSH, 1, Fault.dropConnection());

        ok(api.pushMessage(null, text("sent twice on the wire")));

        // OkHttp's retryOnConnectionFailure re-sends the POST when a reused connection dies.
        assertThat(line.requests(LineEndpoint.PUSH)).extracting(RecordedRequest::status).containsExactly(200, -1, 200);
        assertThat(line.deliveredTo(group)).hasSize(2);
    }

    @Test
    void lostResponseOnPooledConnectionWithoutRetryKeyDeliversTwice() {
        ok(api.pushMessage(null, text("warm up the pool")));
        line.clearRecordings();
        line.failNext(LineEndpoint.PUSH, 1, Fault.lostResponse());

        ok(api.pushMessage(null, text("your order is paid")));

        assertThat(line.deliveredTo(group)).extracting(Delivered::text)
                .containsExactly("your order is paid", "your order is paid");
    }

    @Test
    void lostResponseOnPooledConnectionWithRetryKeyIsA409ForASingleCall() {
        ok(api.pushMessage(null, text("warm up the pool")));
        line.clearRecordings();
        line.failNext(LineEndpoint.PUSH, 1, Fault.lostResponse());

        MessagingApiClientException e = error(api.pushMessage(UUID.randomUUID(), text("your order is paid")));

        // One call by the bot, two on the wire: the silent retry meets the accepted key.
        assertThat(e.getCode()).isEqualTo(409);
        assertThat(e.getHeader("x-line-accepted-request-id"))
                .isEqualTo(line.requests(LineEndpoint.PUSH).get(0).requestId());
        assertThat(line.deliveredTo(group)).hasSize(1);
    }

    @Test
    void lostReplyResponseOnPooledConnectionLooksLikeAnInvalidToken() {
        ok(api.pushMessage(null, text("warm up the pool")));
        line.clearRecordings();
        line.failNext(LineEndpoint.REPLY, 1, Fault.lostResponse());

        MessagingApiClientException e = error(api.replyMessage(new ReplyMessageRequest.Builder(
                line.issueReplyToken(group), List.of(new TextMessage("delivered anyway"))).build()));

        assertThat(e.getError()).isEqualTo("Invalid reply token");
        assertThat(line.deliveredTo(group)).extracting(Delivered::text).containsExactly("delivered anyway");
    }

    @Test
    void lostResponseDeliveredButCallerSeesAnIoError() {
        line.failNext(LineEndpoint.REPLY, 1, Fault.lostResponse());
        String token = line.issueReplyToken(group);

        Throwable t = LineSdk.failure(api.replyMessage(
                new ReplyMessageRequest.Builder(token, List.of(new TextMessage("did it arrive?"))).build()));

        assertThat(t).isInstanceOf(IOException.class).isNotInstanceOf(MessagingApiClientException.class);
        assertThat(line.deliveredTo(group)).extracting(Delivered::text).containsExactly("did it arrive?");
        assertThat(line.replyCount()).isEqualTo(1);
        // The token is used: a retry of the reply is refused, so a bot must not retry replies blindly.
        MessagingApiClientException retry = error(api.replyMessage(
                new ReplyMessageRequest.Builder(token, List.of(new TextMessage("did it arrive?"))).build()));
        assertThat(retry.getError()).isEqualTo("Invalid reply token");
    }

    @Test
    void delayLongerThanTheClientsReadTimeoutIsATimeout() {
        MessagingApiClient impatient = MessagingApiClient.builder(line.channelToken()).apiEndPoint(line.baseUri())
                .readTimeout(Duration.ofMillis(300)).usingDefaultLogger(false).build();
        line.failNext(LineEndpoint.PUSH, 1, Fault.delay(Duration.ofSeconds(3)));
        UUID key = UUID.randomUUID();

        Throwable t = LineSdk.failure(impatient.pushMessage(key, text("slow")));

        assertThat(t).isInstanceOf(SocketTimeoutException.class);
        // The fake still processes the delayed request: the retry with the same key is then a 409.
        line.await(d -> d.to().equals(group), Duration.ofSeconds(10));
        assertThat(error(api.pushMessage(key, text("slow"))).getCode()).isEqualTo(409);
        assertThat(line.deliveredTo(group)).hasSize(1);
    }

    @Test
    void faultOnTheDataApi() {
        String id = LineIds.messageId();
        line.registerContent(id, new byte[] {1, 2, 3}, "image/jpeg");
        line.failNext(LineEndpoint.MESSAGE_CONTENT, 1, Fault.serverError());

        var blob = LineSdk.blob(line);

        assertThat(error(blob.getMessageContent(id)).getCode()).isEqualTo(500);
        assertThat(ok(blob.getMessageContent(id)).body().mimeType()).isEqualTo("image/jpeg");
    }
}
