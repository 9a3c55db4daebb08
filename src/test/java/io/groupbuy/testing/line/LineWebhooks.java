package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds webhook request bodies shaped like the reference's examples ("Webhook Event Objects")
 * and signs them. Events that LINE lets the bot answer carry a reply token issued by the
 * {@link ReplyTokenIssuer} (normally the {@link LineApiFake}), so the bot can really reply.
 *
 * <p>Per the reference, a group/room {@code source.userId} appears in message events; this builder
 * also keeps it on postback events (what bots see in practice when a member taps a button) and
 * drops it from join, leave, memberJoined and memberLeft events.
 *
 * <pre>{@code
 * LineWebhooks hooks = LineWebhooks.forFake(line);
 * WebhookEvent e = hooks.text(LineSource.group(groupId, userId), "add https://item.taobao.com/item.htm?id=1");
 * SignedWebhook w = hooks.signed(channelSecret, e);
 * WebhookResponse r = w.post(URI.create(bot + "/line/webhook"));
 * }</pre>
 */
public final class LineWebhooks {
    private final ReplyTokenIssuer tokens;
    private final LineApiFake fake;
    private final String destination;
    private final Clock clock;

    private LineWebhooks(ReplyTokenIssuer tokens, LineApiFake fake, String destination, Clock clock) {
        this.tokens = Objects.requireNonNull(tokens);
        this.fake = fake;
        this.destination = Objects.requireNonNull(destination);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Tokens from the fake, timestamps from its clock, a random bot user id as destination. */
    public static LineWebhooks forFake(LineApiFake fake) {
        return new LineWebhooks(fake, fake, LineIds.botUserId(), fake.clock());
    }

    /** Any token source and clock (e.g. {@link ReplyTokenIssuer#detached()} for parser-only tests). */
    public static LineWebhooks using(ReplyTokenIssuer tokens, Clock clock) {
        return new LineWebhooks(tokens, null, LineIds.botUserId(), clock);
    }

    /** The same builder with another {@code destination} (the bot's user id). */
    public LineWebhooks withDestination(String botUserId) {
        return new LineWebhooks(tokens, fake, botUserId, clock);
    }

    public String destination() {
        return destination;
    }

    // ---- events ----

    /** A text message event: {@code message: {id, type:text, quoteToken, markAsReadToken, text}}. */
    public WebhookEvent text(LineSource source, String text) {
        ObjectNode e = event("message", source, true);
        ObjectNode m = e.putObject("message");
        m.put("id", LineIds.messageId()).put("type", "text").put("quoteToken", LineIds.quoteToken())
                .put("markAsReadToken", LineIds.quoteToken()).put("text", text);
        return new WebhookEvent(e);
    }

    /** An image message event with {@code contentProvider.type = line} (fetch it with get content). */
    public WebhookEvent image(LineSource source, String messageId) {
        ObjectNode e = event("message", source, true);
        ObjectNode m = e.putObject("message");
        m.put("type", "image").put("id", messageId).put("quoteToken", LineIds.quoteToken())
                .put("markAsReadToken", LineIds.quoteToken());
        m.putObject("contentProvider").put("type", "line");
        return new WebhookEvent(e);
    }

    /** An image event whose bytes the fake serves on the data API; needs {@link #forFake}. */
    public WebhookEvent image(LineSource source, byte[] bytes, String contentType) {
        if (fake == null) {
            throw new IllegalStateException("image content needs a LineWebhooks built with forFake(...)");
        }
        String id = LineIds.messageId();
        fake.registerContent(id, bytes, contentType);
        return image(source, id);
    }

    public WebhookEvent postback(LineSource source, String data) {
        ObjectNode e = event("postback", source, true);
        e.putObject("postback").put("data", data);
        return new WebhookEvent(e);
    }

    /** The bot was added to a group or room. */
    public WebhookEvent join(LineSource chat) {
        return new WebhookEvent(event("join", chat.withoutUser(), true));
    }

    /** The bot was removed; no reply token. */
    public WebhookEvent leave(LineSource chat) {
        return new WebhookEvent(event("leave", chat.withoutUser(), false));
    }

    public WebhookEvent memberJoined(LineSource chat, String... userIds) {
        ObjectNode e = event("memberJoined", chat.withoutUser(), true);
        members(e.putObject("joined").putArray("members"), userIds);
        return new WebhookEvent(e);
    }

    /** No reply token. */
    public WebhookEvent memberLeft(LineSource chat, String... userIds) {
        ObjectNode e = event("memberLeft", chat.withoutUser(), false);
        members(e.putObject("left").putArray("members"), userIds);
        return new WebhookEvent(e);
    }

    public WebhookEvent follow(String userId) {
        return follow(userId, false);
    }

    public WebhookEvent follow(String userId, boolean unblocked) {
        ObjectNode e = event("follow", LineSource.user(userId), true);
        e.putObject("follow").put("isUnblocked", unblocked);
        return new WebhookEvent(e);
    }

    /** The user blocked the bot; no reply token. */
    public WebhookEvent unfollow(String userId) {
        return new WebhookEvent(event("unfollow", LineSource.user(userId), false));
    }

    /**
     * The same event delivered again: same webhookEventId, timestamp and reply token,
     * {@code isRedelivery: true}. The fake lets the token be used again for its TTL, unless it was
     * used or 20 minutes have passed since it was issued (reference, "Reply token").
     */
    public WebhookEvent redelivery(WebhookEvent original) {
        ObjectNode e = original.copy();
        e.putObject("deliveryContext").put("isRedelivery", true);
        if (original.replyToken() != null) {
            tokens.redelivered(original.replyToken());
        }
        return new WebhookEvent(e);
    }

    // ---- bodies and signatures ----

    /** {@code {"destination":…,"events":[…]}} as compact UTF-8 JSON; no events gives LINE's connection probe. */
    public byte[] body(WebhookEvent... events) {
        return body(List.of(events));
    }

    public byte[] body(List<WebhookEvent> events) {
        ObjectNode root = LineJson.object();
        root.put("destination", destination);
        ArrayNode arr = root.putArray("events");
        events.forEach(ev -> arr.add(ev.copy()));
        return LineJson.bytes(root);
    }

    public SignedWebhook signed(String channelSecret, WebhookEvent... events) {
        byte[] body = body(events);
        return new SignedWebhook(body, sign(channelSecret, body));
    }

    /** {@code X-Line-Signature}: Base64(HMAC-SHA256(key = channel secret, message = body bytes)). */
    public static String sign(String channelSecret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(channelSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private ObjectNode event(String type, LineSource source, boolean replyable) {
        long now = clock.millis();
        ObjectNode e = LineJson.object();
        if (replyable) {
            e.put("replyToken", tokens.issueReplyToken(source.chatId()));
        }
        e.put("type", type).put("mode", "active").put("timestamp", now);
        e.set("source", source.toJson());
        e.put("webhookEventId", LineIds.ulid(now));
        e.putObject("deliveryContext").put("isRedelivery", false);
        return e;
    }

    private static void members(ArrayNode arr, String... userIds) {
        for (String u : userIds) {
            arr.addObject().put("type", "user").put("userId", u);
        }
    }
}
