package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Checks a {@code messages} array the way the Messaging API reference describes it.
 *
 * <p>Enforced (numbers from the reference, "Message objects"):
 * <ul>
 *   <li>1 to 5 message objects; {@code type} one of text, textV2, sticker, image, video, audio,
 *       location, coupon, imagemap, template, flex</li>
 *   <li>text / textV2: {@code text} required, at most 5000 UTF-16 code units (🍎 counts 2; LINE
 *       emoji {@code $} placeholders are counted as one, the real expansion is undisclosed)</li>
 *   <li>sticker: packageId, stickerId required; image / video: originalContentUrl and
 *       previewImageUrl required, at most 2000 characters, HTTPS only if configured; audio:
 *       originalContentUrl and duration; location: title and address (at most 100), latitude, longitude</li>
 *   <li>flex and template: see {@link RichMessageValidator}</li>
 *   <li>quickReply: 1 to 13 items, each {@code "type":"action"} with an action whose label is
 *       required and at most 20 graphemes; icon imageUrl at most 2000 characters</li>
 *   <li>sender: name at most 20, iconUrl at most 2000</li>
 * </ul>
 * Not modelled: imagemap and coupon details, emoji index positions, file sizes behind URLs.
 */
final class LineMessageValidator {
    static final int MAX_MESSAGES = 5;
    static final int MAX_TEXT = 5000;
    static final int MAX_QUICK_REPLY_ITEMS = 13;
    static final int QUICK_REPLY_LABEL_MAX = 20;
    private static final Set<String> TYPES = Set.of("text", "textV2", "sticker", "image", "video", "audio",
            "location", "coupon", "imagemap", "template", "flex");
    private static final String TYPES_LIST =
            "[text, textV2, image, video, audio, location, sticker, coupon, template, imagemap, flex]";

    private final ValidationChecks checks;
    private final RichMessageValidator rich;

    private LineMessageValidator(boolean requireHttps) {
        this.checks = new ValidationChecks(requireHttps);
        this.rich = new RichMessageValidator(checks);
    }

    /** Error details for {@code body.messages}; empty when LINE would accept them. */
    static List<ValidationChecks.Detail> validate(JsonNode messages, boolean requireHttps) {
        LineMessageValidator v = new LineMessageValidator(requireHttps);
        v.messages(messages);
        return v.checks.details();
    }

    private void messages(JsonNode messages) {
        if (messages == null || !messages.isArray()) {
            checks.add("May not be empty", "messages");
            return;
        }
        checks.size(messages, 1, MAX_MESSAGES, "messages");
        for (int i = 0; i < messages.size(); i++) {
            message(messages.get(i), "messages[" + i + "]");
        }
    }

    private void message(JsonNode m, String p) {
        if (!m.isObject()) {
            checks.add("Must be an object", p);
            return;
        }
        String type = checks.optional(m, "type");
        checks.oneOf(type, TYPES, TYPES_LIST, p + ".type");
        if (type == null || !TYPES.contains(type)) {
            return;
        }
        switch (type) {
            case "text", "textV2" -> checks.maxUtf16(checks.required(m, "text", p), MAX_TEXT, p + ".text");
            case "sticker" -> {
                checks.required(m, "packageId", p);
                checks.required(m, "stickerId", p);
            }
            case "image", "video" -> {
                checks.url(m, "originalContentUrl", true, p);
                checks.url(m, "previewImageUrl", true, p);
            }
            case "audio" -> {
                checks.url(m, "originalContentUrl", true, p);
                checks.required(m, "duration", p);
            }
            case "location" -> {
                checks.maxUtf16(checks.required(m, "title", p), 100, p + ".title");
                checks.maxUtf16(checks.required(m, "address", p), 100, p + ".address");
                checks.required(m, "latitude", p);
                checks.required(m, "longitude", p);
            }
            case "flex" -> rich.flex(m, p);
            case "template" -> rich.template(m, p);
            default -> {
            }
        }
        quickReply(m.get("quickReply"), p + ".quickReply");
        sender(m.get("sender"), p + ".sender");
    }

    private void quickReply(JsonNode qr, String p) {
        if (qr == null || qr.isNull()) {
            return;
        }
        JsonNode items = qr.get("items");
        checks.size(items, 1, MAX_QUICK_REPLY_ITEMS, p + ".items");
        if (items == null || !items.isArray()) {
            return;
        }
        for (int j = 0; j < items.size(); j++) {
            JsonNode item = items.get(j);
            String ip = p + ".items[" + j + "]";
            // The SDK's QuickReplyItem.Builder leaves "type" out; LINE rejects such an item.
            if (!"action".equals(checks.optional(item, "type"))) {
                checks.add("Must be one of the following values: [action]", ip + ".type");
            }
            checks.url(item, "imageUrl", false, ip);
            checks.action(item.get("action"), ip + ".action", QUICK_REPLY_LABEL_MAX, true);
            if ("richmenuswitch".equals(item.path("action").path("type").asText())) {
                checks.add("Rich menu switch action is not available on quick reply buttons", ip + ".action.type");
            }
        }
    }

    private void sender(JsonNode sender, String p) {
        if (sender == null || sender.isNull()) {
            return;
        }
        checks.maxUtf16(checks.optional(sender, "name"), 20, p + ".name");
        checks.url(sender, "iconUrl", false, p);
    }
}
