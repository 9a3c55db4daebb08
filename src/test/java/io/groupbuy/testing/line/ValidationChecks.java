package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects LINE-style error details ({@code {"message","property"}}) and holds the checks every
 * message part shares: required fields, lengths, URLs and action objects.
 *
 * <p>Lengths are counted as the reference's "Character counting in a text" page says: UTF-16 code
 * units, except action labels, postback/message action texts and template titles/texts, which
 * count grapheme clusters. The detail wording follows LINE's published examples where there is
 * one ("May not be empty", "Size must be between 1 and 5", "Must be one of the following
 * values: [...]"); elsewhere it is ours, so assert on status and {@code property}, not wording.
 */
final class ValidationChecks {
    record Detail(String message, String property) {
    }

    static final int MAX_URL = 2000;
    static final int MAX_URI_ACTION = 1000;
    static final int MAX_ACTION_TEXT = 300;
    private static final Set<String> ACTION_TYPES = Set.of("postback", "message", "uri", "datetimepicker",
            "camera", "cameraRoll", "location", "richmenuswitch", "clipboard");
    private static final Set<String> URI_SCHEMES = Set.of("http", "https", "line", "tel");
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private final List<Detail> details = new ArrayList<>();
    private final boolean requireHttps;

    ValidationChecks(boolean requireHttps) {
        this.requireHttps = requireHttps;
    }

    List<Detail> details() {
        return List.copyOf(details);
    }

    void add(String message, String property) {
        details.add(new Detail(message, property));
    }

    static int graphemes(String s) {
        Matcher m = GRAPHEME.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The text at {@code node.field}, or null after recording "May not be empty". */
    String required(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            add("May not be empty", path + "." + field);
            return null;
        }
        return v.asText();
    }

    String optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    void maxUtf16(String value, int max, String property) {
        if (value != null && value.length() > max) {
            add("Length must be between 0 and " + max, property);
        }
    }

    void maxGraphemes(String value, int max, String property) {
        if (value != null && graphemes(value) > max) {
            add("Length must be between 0 and " + max, property);
        }
    }

    void size(JsonNode array, int min, int max, String property) {
        int n = array == null || !array.isArray() ? 0 : array.size();
        if (n < min || n > max) {
            add(min == max ? "Size must be " + min : "Size must be between " + min + " and " + max, property);
        }
    }

    void oneOf(String value, Set<String> allowed, String sortedList, String property) {
        if (value == null) {
            add("May not be empty", property);
        } else if (!allowed.contains(value)) {
            add("Must be one of the following values: " + sortedList, property);
        }
    }

    /** An image/video URL: at most 2000 characters, and HTTPS when the fake is configured so. */
    void url(JsonNode node, String field, boolean required, String path) {
        String u = required ? required(node, field, path) : optional(node, field);
        if (u == null) {
            return;
        }
        String property = path + "." + field;
        maxUtf16(u, MAX_URL, property);
        if (requireHttps && !u.regionMatches(true, 0, "https://", 0, 8)) {
            add("Must be an HTTPS URL", property);
        }
    }

    /**
     * An action object. {@code labelMax}/{@code labelRequired} depend on where it sits (reference,
     * "Specifications of the label"): 20 and required on quick reply buttons and templates other
     * than the image carousel (12, optional), 40 in Flex (required on a button).
     */
    void action(JsonNode a, String p, int labelMax, boolean labelRequired) {
        if (a == null || !a.isObject()) {
            add("May not be empty", p);
            return;
        }
        String type = optional(a, "type");
        oneOf(type, ACTION_TYPES, "[camera, cameraRoll, clipboard, datetimepicker, location, message, "
                + "postback, richmenuswitch, uri]", p + ".type");
        String label = labelRequired ? required(a, "label", p) : optional(a, "label");
        maxGraphemes(label, labelMax, p + ".label");
        if (type == null) {
            return;
        }
        switch (type) {
            case "postback" -> postback(a, p);
            case "message" -> maxGraphemes(required(a, "text", p), MAX_ACTION_TEXT, p + ".text");
            case "uri" -> uriAction(a, p);
            case "datetimepicker" -> {
                maxUtf16(required(a, "data", p), MAX_ACTION_TEXT, p + ".data");
                oneOf(optional(a, "mode"), Set.of("date", "time", "datetime"), "[date, datetime, time]", p + ".mode");
            }
            case "clipboard" -> maxUtf16(required(a, "clipboardText", p), 1000, p + ".clipboardText");
            default -> {
            }
        }
    }

    private void postback(JsonNode a, String p) {
        maxUtf16(required(a, "data", p), MAX_ACTION_TEXT, p + ".data");
        String displayText = optional(a, "displayText");
        String text = optional(a, "text");
        maxGraphemes(displayText, MAX_ACTION_TEXT, p + ".displayText");
        maxGraphemes(text, MAX_ACTION_TEXT, p + ".text");
        maxGraphemes(optional(a, "fillInText"), MAX_ACTION_TEXT, p + ".fillInText");
        if (displayText != null && text != null) {
            add("displayText and text can't both be set", p + ".displayText");
        }
    }

    private void uriAction(JsonNode a, String p) {
        String uri = required(a, "uri", p);
        if (uri == null) {
            return;
        }
        maxUtf16(uri, MAX_URI_ACTION, p + ".uri");
        int colon = uri.indexOf(':');
        String scheme = colon < 0 ? "" : uri.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        if (!URI_SCHEMES.contains(scheme)) {
            add("Must be one of the following schemes: [http, https, line, tel]", p + ".uri");
        }
    }
}
