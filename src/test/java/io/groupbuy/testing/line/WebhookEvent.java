package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One webhook event object, immutable; build with {@link LineWebhooks}, wrap with {@link LineWebhooks#body}. */
public final class WebhookEvent {
    private final ObjectNode json;

    WebhookEvent(ObjectNode json) {
        this.json = json;
    }

    /** {@code message}, {@code postback}, {@code join}, ... */
    public String type() {
        return json.path("type").asText();
    }

    public String webhookEventId() {
        return json.path("webhookEventId").asText();
    }

    /** The reply token, or null for events LINE sends none with (leave, unfollow, memberLeft). */
    public String replyToken() {
        return json.path("replyToken").asText(null);
    }

    public boolean isRedelivery() {
        return json.path("deliveryContext").path("isRedelivery").asBoolean();
    }

    public long timestamp() {
        return json.path("timestamp").asLong();
    }

    /** {@code message.id} of a message event, else null. */
    public String messageId() {
        return json.path("message").path("id").asText(null);
    }

    /** A copy of the event object. */
    public JsonNode json() {
        return json.deepCopy();
    }

    ObjectNode copy() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
