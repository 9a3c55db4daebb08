package io.groupbuy.testing.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.webhook.model.ContentProvider;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.EventMode;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.ImageMessageContent;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.LeaveEvent;
import com.linecorp.bot.webhook.model.MemberJoinedEvent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.RoomSource;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UserSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineWebhooksTest {
    private static final String SECRET = "8c5a3f0e2b9d4e61a7f03c2d9b1e4f70";

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
    private final LineApiFake line = LineApiFake.builder().clock(clock).start();
    private final LineWebhooks hooks = LineWebhooks.forFake(line);
    private final WebhookParser parser = new WebhookParser(new LineSignatureValidator(SECRET.getBytes(StandardCharsets.UTF_8)));
    private final String group = LineIds.groupId();
    private final String alice = LineIds.userId();

    @AfterEach
    void stop() {
        line.close();
    }

    private List<Event> parse(WebhookEvent... events) throws Exception {
        SignedWebhook w = hooks.signed(SECRET, events);
        CallbackRequest req = parser.handle(w.signature(), w.body());
        assertThat(req.destination()).isEqualTo(hooks.destination());
        return req.events();
    }

    @Test
    void textMessageInAGroupParsesWithAllCommonProperties() throws Exception {
        WebhookEvent e = hooks.text(LineSource.group(group, alice), "เอา 2 ชิ้น https://item.taobao.com/item.htm?id=1");

        MessageEvent m = (MessageEvent) parse(e).get(0);

        assertThat(m.source()).isEqualTo(new GroupSource(group, alice));
        assertThat(m.mode()).isEqualTo(EventMode.ACTIVE);
        assertThat(m.timestamp()).isEqualTo(clock.millis());
        assertThat(m.webhookEventId()).isEqualTo(e.webhookEventId()).hasSize(26);
        assertThat(LineIds.isUlid(m.webhookEventId())).isTrue();
        assertThat(m.deliveryContext().isRedelivery()).isFalse();
        assertThat(m.replyToken()).isEqualTo(e.replyToken());
        TextMessageContent text = (TextMessageContent) m.message();
        assertThat(text.text()).isEqualTo("เอา 2 ชิ้น https://item.taobao.com/item.htm?id=1");
        assertThat(text.id()).matches("\\d{18}").isEqualTo(e.messageId());
        assertThat(text.quoteToken()).isNotBlank();
    }

    @Test
    void theReplyTokenInTheEventWorksAgainstTheFake() throws Exception {
        MessageEvent m = (MessageEvent) parse(hooks.text(LineSource.room(LineIds.roomId(), alice), "hi")).get(0);
        var api = LineSdk.api(line);

        LineSdk.ok(api.replyMessage(new ReplyMessageRequest.Builder(m.replyToken(), List.of(new TextMessage("hello"))).build()));

        String room = ((RoomSource) m.source()).roomId();
        assertThat(line.deliveredTo(room)).extracting(Delivered::text).containsExactly("hello");
    }

    @Test
    void imagePostbackAndMembershipEvents() throws Exception {
        WebhookEvent image = hooks.image(LineSource.user(alice), new byte[] {1, 2}, "image/png");
        List<Event> events = parse(image,
                hooks.postback(LineSource.group(group, alice), "action=join&order=12"),
                hooks.join(LineSource.group(group, alice)),
                hooks.leave(LineSource.group(group)),
                hooks.memberJoined(LineSource.group(group), alice, LineIds.userId()),
                hooks.follow(alice),
                hooks.unfollow(alice));

        assertThat(events).hasExactlyElementsOfTypes(MessageEvent.class, PostbackEvent.class, JoinEvent.class,
                LeaveEvent.class, MemberJoinedEvent.class, FollowEvent.class, UnfollowEvent.class);
        ImageMessageContent img = (ImageMessageContent) ((MessageEvent) events.get(0)).message();
        assertThat(img.contentProvider().type()).isEqualTo(ContentProvider.Type.LINE);
        assertThat(LineSdk.ok(LineSdk.blob(line).getMessageContent(img.id())).body().mimeType()).isEqualTo("image/png");
        PostbackEvent pb = (PostbackEvent) events.get(1);
        assertThat(pb.postback().data()).isEqualTo("action=join&order=12");
        assertThat(pb.source()).isEqualTo(new GroupSource(group, alice));
        assertThat(((JoinEvent) events.get(2)).source()).isEqualTo(new GroupSource(group, null));
        assertThat(((JoinEvent) events.get(2)).replyToken()).isNotBlank();
        assertThat(((MemberJoinedEvent) events.get(4)).joined().members()).extracting(UserSource::userId)
                .startsWith(alice).hasSize(2);
        assertThat(((FollowEvent) events.get(5)).follow().isUnblocked()).isFalse();
        assertThat(((FollowEvent) events.get(5)).source()).isEqualTo(new UserSource(alice));
        assertThat(events).extracting(Event::webhookEventId).doesNotHaveDuplicates();
    }

    @Test
    void eventsWithoutReplyTokenAsOnLine() {
        assertThat(hooks.leave(LineSource.group(group)).replyToken()).isNull();
        assertThat(hooks.unfollow(alice).replyToken()).isNull();
        assertThat(hooks.memberLeft(LineSource.group(group), alice).replyToken()).isNull();
        assertThat(hooks.follow(alice).replyToken()).isNotNull();
    }

    @Test
    void redeliveryKeepsIdTimestampAndToken() throws Exception {
        WebhookEvent original = hooks.text(LineSource.group(group, alice), "once");
        clock.advance(java.time.Duration.ofSeconds(30));
        WebhookEvent again = hooks.redelivery(original);

        MessageEvent m = (MessageEvent) parse(again).get(0);

        assertThat(m.deliveryContext().isRedelivery()).isTrue();
        assertThat(m.webhookEventId()).isEqualTo(original.webhookEventId());
        assertThat(m.replyToken()).isEqualTo(original.replyToken());
        assertThat(m.timestamp()).isEqualTo(original.timestamp());
        assertThat(((TextMessageContent) m.message()).id()).isEqualTo(original.messageId());
        assertThat(original.isRedelivery()).isFalse();
    }

    @Test
    void bodyIsShapedLikeLinesAndCompact() throws Exception {
        byte[] body = hooks.body(hooks.text(LineSource.user(alice), "hi"));
        JsonNode root = LineJson.parse(body);

        assertThat(root.fieldNames()).toIterable().containsExactly("destination", "events");
        assertThat(root.path("destination").asText()).matches("U[0-9a-f]{32}");
        JsonNode ev = root.path("events").get(0);
        assertThat(ev.fieldNames()).toIterable().contains("replyToken", "type", "mode", "timestamp", "source",
                "webhookEventId", "deliveryContext", "message");
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("\n", ": ");
        assertThat(parser.handle(LineWebhooks.sign(SECRET, hooks.body()), hooks.body()).events()).isEmpty();
    }

    @Test
    void signatureIsHmacSha256OfTheRawBytes() throws Exception {
        // Known vector: echo -n '{"destination":"U0","events":[]}' | openssl dgst -sha256 -hmac SECRET -binary | base64
        byte[] probe = "{\"destination\":\"U0\",\"events\":[]}".getBytes(StandardCharsets.UTF_8);
        assertThat(LineWebhooks.sign(SECRET, probe)).isEqualTo(opensslStyle(SECRET, probe));

        SignedWebhook w = hooks.signed(SECRET, hooks.text(LineSource.user(alice), "ราคา ¥35"));
        byte[] tampered = w.bodyText().replace("35", "36").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.handle(w.signature(), tampered)).isInstanceOf(WebhookParseException.class)
                .hasMessage("Invalid API signature");
        assertThatThrownBy(() -> parser.handle(LineWebhooks.sign("other-secret", w.body()), w.body()))
                .isInstanceOf(WebhookParseException.class);
    }

    private static String opensslStyle(String secret, byte[] body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    @Test
    void detachedBuilderNeedsNoFake() throws Exception {
        LineWebhooks offline = LineWebhooks.using(ReplyTokenIssuer.detached(), clock).withDestination(alice);
        SignedWebhook w = offline.signed(SECRET, offline.follow(alice, true));

        CallbackRequest req = parser.handle(w.signature(), w.body());

        assertThat(req.destination()).isEqualTo(alice);
        assertThat(((FollowEvent) req.events().get(0)).follow().isUnblocked()).isTrue();
        assertThatThrownBy(() -> offline.image(LineSource.user(alice), new byte[] {1}, "image/png"))
                .isInstanceOf(IllegalStateException.class);
    }
}
