package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One message object the fake accepted, as a chat member would receive it.
 *
 * @param to        chat or user it went to: the push {@code to}, or for a reply the chat the reply
 *                  token was issued for (null if issued without one)
 * @param via       reply or push
 * @param type      message {@code type} ({@code text}, {@code flex}, ...)
 * @param text      {@code text} of text messages, {@code altText} of flex and template messages, else null
 * @param json      the whole message object as sent
 * @param messageId the id the fake assigned (in {@code sentMessages})
 * @param requestId {@code x-line-request-id} of the request that carried it
 * @param retryKey  {@code X-Line-Retry-Key} of that request, or null
 * @param notificationDisabled the request's flag (false when absent)
 * @param at        time from the fake's clock
 */
public record Delivered(
        String to,
        Via via,
        String type,
        String text,
        JsonNode json,
        String messageId,
        String requestId,
        String retryKey,
        boolean notificationDisabled,
        Instant at) {

    public enum Via { REPLY, PUSH }

    /** Labels of the quick reply buttons, in order; empty without a quick reply. */
    public List<String> quickReplyLabels() {
        List<String> labels = new ArrayList<>();
        for (JsonNode item : json.path("quickReply").path("items")) {
            labels.add(item.path("action").path("label").asText(null));
        }
        return labels;
    }

    /**
     * Every postback {@code data} in this message (quick reply, flex, template), in document order:
     * what a user could tap, to feed back as a postback webhook.
     */
    public List<String> postbackData() {
        List<String> out = new ArrayList<>();
        collectPostbackData(json, out);
        return out;
    }

    private static void collectPostbackData(JsonNode node, List<String> out) {
        if (node.isObject()) {
            if ("postback".equals(node.path("type").asText()) && node.has("data")) {
                out.add(node.get("data").asText());
            }
            node.forEach(child -> collectPostbackData(child, out));
        } else if (node.isArray()) {
            node.forEach(child -> collectPostbackData(child, out));
        }
    }

    @Override
    public String toString() {
        return via + " to " + to + ": " + type + (text == null ? "" : " \"" + text + "\"");
    }
}
