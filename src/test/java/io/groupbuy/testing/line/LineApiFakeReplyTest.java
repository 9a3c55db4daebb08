package io.groupbuy.testing.line;

import static io.groupbuy.testing.line.LineSdk.error;
import static io.groupbuy.testing.line.LineSdk.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageResponse;
import com.linecorp.bot.messaging.model.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineApiFakeReplyTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
    private final LineApiFake line = LineApiFake.builder().channelToken("reply-token-test").clock(clock).start();
    private final MessagingApiClient api = LineSdk.api(line);
    private final String group = LineIds.groupId();

    @AfterEach
    void stop() {
        line.close();
    }

    static PostbackAction postback(String label, String data) {
        return new PostbackAction.Builder().label(label).data(data).displayText(label).build();
    }

    static FlexBubble bubble(String title, String data) {
        List<FlexComponent> body = List.of(new FlexText.Builder().text(title).wrap(true).build(),
                new FlexButton.Builder(postback("Join", data)).style(FlexButton.Style.PRIMARY).build());
        return new FlexBubble.Builder().body(new FlexBox.Builder(FlexBox.Layout.VERTICAL, body).build()).build();
    }

    private CompletableFuture<Result<ReplyMessageResponse>> reply(String token, Message... messages) {
        return api.replyMessage(new ReplyMessageRequest.Builder(token, List.of(messages)).build());
    }

    @Test
    void textWithQuickReplyIsDeliveredToTheTokensChat() {
        String token = line.issueReplyToken(group);
        TextMessage text = new TextMessage.Builder("Pick a size").quickReply(new QuickReply.Builder()
                .items(List.of(new QuickReplyItem(postback("S", "size=S")), new QuickReplyItem(postback("M", "size=M"))))
                .build()).build();

        Result<ReplyMessageResponse> result = ok(reply(token, text));

        assertThat(result.requestId()).isNotBlank();
        assertThat(result.body().sentMessages()).hasSize(1);
        assertThat(result.body().sentMessages().get(0).quoteToken()).isNotBlank();
        Delivered d = line.await(m -> m.to().equals(group), Duration.ofSeconds(10));
        assertThat(d.via()).isEqualTo(Delivered.Via.REPLY);
        assertThat(d.type()).isEqualTo("text");
        assertThat(d.text()).isEqualTo("Pick a size");
        assertThat(d.quickReplyLabels()).containsExactly("S", "M");
        assertThat(d.postbackData()).containsExactly("size=S", "size=M");
        assertThat(d.messageId()).isEqualTo(result.body().sentMessages().get(0).id());
        assertThat(line.replyCount()).isEqualTo(1);
    }

    @Test
    void quickReplyItemFromTheBuilderLacksTypeAndIsRejected() {
        String token = line.issueReplyToken(group);
        QuickReplyItem untyped = new QuickReplyItem.Builder().action(postback("S", "size=S")).build();
        TextMessage text = new TextMessage.Builder("Pick").quickReply(new QuickReply.Builder()
                .items(List.of(untyped)).build()).build();

        MessagingApiClientException e = error(reply(token, text));

        assertThat(e.getCode()).isEqualTo(400);
        assertThat(e.getError()).isEqualTo("The request body has 1 error(s)");
        assertThat(e.getDetails()).singleElement()
                .satisfies(d -> assertThat(d.property()).isEqualTo("messages[0].quickReply.items[0].type"));
        assertThat(line.deliveredTo(group)).isEmpty();
        // A rejected request does not use up the token.
        ok(reply(token, new TextMessage("fixed")));
    }

    @Test
    void flexBubbleAndCarouselAreDelivered() {
        FlexMessage single = new FlexMessage("Order #12: 3 items", bubble("Order #12", "order=12"));
        FlexMessage carousel = new FlexMessage("3 products",
                new FlexCarousel.Builder(List.of(bubble("A", "p=1"), bubble("B", "p=2"), bubble("C", "p=3"))).build());

        ok(reply(line.issueReplyToken(group), single, carousel));

        List<Delivered> got = line.deliveredTo(group);
        assertThat(got).extracting(Delivered::type).containsExactly("flex", "flex");
        assertThat(got).extracting(Delivered::text).containsExactly("Order #12: 3 items", "3 products");
        assertThat(got.get(0).json().at("/contents/type").asText()).isEqualTo("bubble");
        assertThat(got.get(1).postbackData()).containsExactly("p=1", "p=2", "p=3");
    }

    @Test
    void replyTokenIsSingleUse() {
        String token = line.issueReplyToken(group);
        ok(reply(token, new TextMessage("first")));

        MessagingApiClientException e = error(reply(token, new TextMessage("second")));

        assertThat(e.getCode()).isEqualTo(400);
        assertThat(e.getError()).isEqualTo("Invalid reply token");
        assertThat(e.getRequestId()).isNotBlank();
        assertThat(line.deliveredTo(group)).extracting(Delivered::text).containsExactly("first");
    }

    @Test
    void replyTokenExpiresAfterTheTtlOnTheInjectedClock() {
        String fresh = line.issueReplyToken(group);
        String stale = line.issueReplyToken(group);
        clock.advance(Duration.ofSeconds(59));
        ok(reply(fresh, new TextMessage("in time")));
        clock.advance(Duration.ofSeconds(1));

        assertThat(error(reply(stale, new TextMessage("late"))).getError()).isEqualTo("Invalid reply token");
    }

    @Test
    void expireReplyTokensNeedsNoClock() {
        String token = line.issueReplyToken(group);
        line.expireReplyTokens();

        assertThat(error(reply(token, new TextMessage("late"))).getCode()).isEqualTo(400);
        assertThat(error(reply("not-a-token", new TextMessage("x"))).getError()).isEqualTo("Invalid reply token");
    }

    @Test
    void redeliveredEventsTokenWorksAgainWithinTwentyMinutes() {
        LineWebhooks hooks = LineWebhooks.forFake(line);
        WebhookEvent event = hooks.text(LineSource.group(group, LineIds.userId()), "hi");
        clock.advance(Duration.ofMinutes(5));
        WebhookEvent again = hooks.redelivery(event);
        ok(reply(again.replyToken(), new TextMessage("answer after redelivery")));

        WebhookEvent old = hooks.text(LineSource.group(group, LineIds.userId()), "old");
        clock.advance(Duration.ofMinutes(21));
        hooks.redelivery(old);
        assertThat(error(reply(old.replyToken(), new TextMessage("too late"))).getCode()).isEqualTo(400);
    }

    @Test
    void notificationDisabledIsRecorded() {
        ok(api.replyMessage(new ReplyMessageRequest.Builder(line.issueReplyToken(group),
                List.of(new TextMessage("quiet"))).notificationDisabled(true).build()));

        assertThat(line.deliveredTo(group).get(0).notificationDisabled()).isTrue();
        RecordedRequest r = line.requests(LineEndpoint.REPLY).get(0);
        assertThat(r.json().path("notificationDisabled").asBoolean()).isTrue();
        assertThat(r.header("authorization")).isEqualTo("Bearer reply-token-test");
    }
}
