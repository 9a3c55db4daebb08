package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Flex and template messages, per the reference:
 * <ul>
 *   <li>altText required, at most 1500 characters (the reference's current figure for both flex
 *       and template messages; older docs said 400)</li>
 *   <li>flex contents: a bubble of at most 30 KB of JSON, or a carousel of 1 to 12 bubbles and at
 *       most 50 KB. Size is the compact UTF-8 JSON of the container; LINE does not say whether a
 *       KB is 1000 or 1024 bytes, so the fake takes the stricter 1000.</li>
 *   <li>every action inside flex: label at most 40 (required on a button component); image, icon
 *       and video URLs at most 2000 characters (HTTPS if configured)</li>
 *   <li>template buttons: 1-4 actions, title at most 40, text at most 160 (60 with an image or
 *       title); confirm: text at most 240, exactly 2 actions; carousel: 1-10 columns of 1-3
 *       actions, text at most 120 (60 with image or title); image carousel: 1-10 columns, label at
 *       most 12; labels in other templates required, at most 20</li>
 * </ul>
 */
final class RichMessageValidator {
    static final int MAX_ALT_TEXT = 1500;
    static final int MAX_BUBBLE_BYTES = 30_000;
    static final int MAX_CAROUSEL_BYTES = 50_000;
    static final int MAX_CAROUSEL_BUBBLES = 12;
    static final int FLEX_LABEL_MAX = 40;
    static final int TEMPLATE_LABEL_MAX = 20;
    static final int IMAGE_CAROUSEL_LABEL_MAX = 12;

    private final ValidationChecks checks;

    RichMessageValidator(ValidationChecks checks) {
        this.checks = checks;
    }

    void flex(JsonNode m, String p) {
        checks.maxUtf16(checks.required(m, "altText", p), MAX_ALT_TEXT, p + ".altText");
        JsonNode c = m.get("contents");
        String cp = p + ".contents";
        if (c == null || !c.isObject()) {
            checks.add("May not be empty", cp);
            return;
        }
        String type = checks.optional(c, "type");
        checks.oneOf(type, Set.of("bubble", "carousel"), "[bubble, carousel]", cp + ".type");
        int bytes = LineJson.bytes(c).length;
        if ("bubble".equals(type)) {
            if (bytes > MAX_BUBBLE_BYTES) {
                checks.add("The size of the bubble JSON must be at most 30KB (was " + bytes + " bytes)", cp);
            }
            walkFlex(c, cp);
        } else if ("carousel".equals(type)) {
            JsonNode bubbles = c.get("contents");
            checks.size(bubbles, 1, MAX_CAROUSEL_BUBBLES, cp + ".contents");
            if (bytes > MAX_CAROUSEL_BYTES) {
                checks.add("The size of the carousel JSON must be at most 50KB (was " + bytes + " bytes)", cp);
            }
            if (bubbles != null && bubbles.isArray()) {
                for (int i = 0; i < bubbles.size(); i++) {
                    String bp = cp + ".contents[" + i + "]";
                    if (!"bubble".equals(bubbles.get(i).path("type").asText())) {
                        checks.add("Must be one of the following values: [bubble]", bp + ".type");
                    }
                    walkFlex(bubbles.get(i), bp);
                }
            }
        }
    }

    private void walkFlex(JsonNode node, String p) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkFlex(node.get(i), p + "[" + i + "]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("type").asText("");
        boolean button = "button".equals(type);
        if (node.has("action") || button) {
            checks.action(node.get("action"), p + ".action", FLEX_LABEL_MAX, button);
        }
        switch (type) {
            case "image", "icon" -> checks.url(node, "url", true, p);
            case "video" -> {
                checks.url(node, "url", true, p);
                checks.url(node, "previewUrl", true, p);
            }
            default -> {
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getKey().equals("action") && f.getValue().isContainerNode()) {
                walkFlex(f.getValue(), p + "." + f.getKey());
            }
        }
    }

    void template(JsonNode m, String p) {
        checks.maxUtf16(checks.required(m, "altText", p), MAX_ALT_TEXT, p + ".altText");
        JsonNode t = m.get("template");
        String tp = p + ".template";
        if (t == null || !t.isObject()) {
            checks.add("May not be empty", tp);
            return;
        }
        String type = checks.optional(t, "type");
        checks.oneOf(type, Set.of("buttons", "confirm", "carousel", "image_carousel"),
                "[buttons, confirm, carousel, image_carousel]", tp + ".type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "buttons" -> {
                column(t, tp, 4, 160);
                if (t.has("defaultAction")) {
                    checks.action(t.get("defaultAction"), tp + ".defaultAction", TEMPLATE_LABEL_MAX, false);
                }
            }
            case "confirm" -> {
                checks.maxGraphemes(checks.required(t, "text", tp), 240, tp + ".text");
                actions(t.get("actions"), tp + ".actions", 2, 2, TEMPLATE_LABEL_MAX, true);
            }
            case "carousel" -> columns(t, tp, false);
            case "image_carousel" -> columns(t, tp, true);
            default -> {
            }
        }
    }

    private void columns(JsonNode t, String tp, boolean images) {
        JsonNode columns = t.get("columns");
        checks.size(columns, 1, 10, tp + ".columns");
        if (columns == null || !columns.isArray()) {
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            JsonNode col = columns.get(i);
            String cp = tp + ".columns[" + i + "]";
            if (images) {
                checks.url(col, "imageUrl", true, cp);
                checks.action(col.get("action"), cp + ".action", IMAGE_CAROUSEL_LABEL_MAX, false);
            } else {
                column(col, cp, 3, 120);
            }
        }
    }

    /** A buttons template or a carousel column: image, title, text and actions. */
    private void column(JsonNode c, String p, int maxActions, int maxTextAlone) {
        checks.url(c, "thumbnailImageUrl", false, p);
        String title = checks.optional(c, "title");
        checks.maxGraphemes(title, 40, p + ".title");
        boolean decorated = title != null || c.has("thumbnailImageUrl");
        checks.maxGraphemes(checks.required(c, "text", p), decorated ? 60 : maxTextAlone, p + ".text");
        actions(c.get("actions"), p + ".actions", 1, maxActions, TEMPLATE_LABEL_MAX, true);
    }

    private void actions(JsonNode actions, String p, int min, int max, int labelMax, boolean labelRequired) {
        checks.size(actions, min, max, p);
        if (actions != null && actions.isArray()) {
            for (int i = 0; i < actions.size(); i++) {
                checks.action(actions.get(i), p + "[" + i + "]", labelMax, labelRequired);
            }
        }
    }
}
