package io.groupbuy.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.app.Json;
import io.groupbuy.playground.PlaygroundRefusal;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reading the playground API's requests: JSON object bodies and typed fields, refusing what does not fit. */
final class PlaygroundRequests {
    private PlaygroundRequests() {
    }

    /** A JSON object body; the content type must say JSON (a cross-site form cannot). */
    static JsonNode body(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new PlaygroundRefusal(PlaygroundRefusal.Reason.UNSUPPORTED,
                    "send JSON with Content-Type: application/json");
        }
        byte[] raw = ctx.bodyAsBytes();
        if (raw.length == 0) {
            return Json.mapper().createObjectNode();
        }
        try {
            JsonNode node = Json.mapper().readTree(raw);
            if (node == null || !node.isObject()) {
                throw bad("the body is a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw bad("the body is not valid JSON");
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw bad(field + " is a string");
        }
        return v.asText();
    }

    static String required(JsonNode body, String field) {
        String v = text(body, field);
        if (v == null || v.isEmpty()) {
            throw bad(field + " is required");
        }
        return v;
    }

    static Boolean bool(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw bad(field + " is true or false");
        }
        return v.asBoolean();
    }

    static Long fen(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToExactIntegral() || !v.canConvertToLong()) {
            throw bad(field + " is a whole number");
        }
        return v.asLong();
    }

    static long number(String raw, long min, long max, long fallback, String name) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(raw);
            if (n < min || n > max) {
                throw bad(name + " is " + min + "-" + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(name + " is a number");
        }
    }

    static PlaygroundRefusal bad(String message) {
        return new PlaygroundRefusal(PlaygroundRefusal.Reason.BAD_INPUT, message);
    }

    /** {@code unitPrices}: line id → fen, or null when absent. */
    static Map<String, Long> unitPrices(JsonNode body) {
        JsonNode prices = body.get("unitPrices");
        if (prices == null || prices.isNull()) {
            return null;
        }
        if (!prices.isObject()) {
            throw bad("unitPrices is an object of line id to fen");
        }
        Map<String, Long> out = new LinkedHashMap<>();
        prices.fields().forEachRemaining(e -> {
            if (!e.getValue().canConvertToExactIntegral() || !e.getValue().canConvertToLong()) {
                throw bad("unitPrices values are whole fen");
            }
            out.put(e.getKey(), e.getValue().asLong());
        });
        return out;
    }
}
