package io.groupbuy.pandapon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Optional;

/** Reads the callback envelope of API.md §6.2, accepting {@code messageBody} as an object or as a JSON string. */
public final class PandaPonCallbackParser {
    private final ObjectMapper mapper;

    public PandaPonCallbackParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws PandaPonException.Malformed when the bytes are not a JSON object with a messageType */
    public PandaPonCallback parse(byte[] raw) {
        JsonNode root;
        try {
            root = mapper.readTree(raw);
        } catch (IOException e) {
            throw new PandaPonException.Malformed(null, null, "callback is not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new PandaPonException.Malformed(null, null, "callback is not a JSON object", null);
        }
        JsonNode type = root.get("messageType");
        if (type == null || !type.isValueNode() || type.asText().isBlank()) {
            throw new PandaPonException.Malformed(null, null, "callback has no messageType", null);
        }
        return new PandaPonCallback(type.asText(), platform(root.get("messagePlatform")),
                text(root.get("timestamp")), body(root.get("messageBody")));
    }

    /** For the subscription "Verify" probe, whose body is undocumented: empty when not a message. */
    public Optional<PandaPonCallback> tryParse(byte[] raw) {
        try {
            return Optional.of(parse(raw));
        } catch (PandaPonException.Malformed e) {
            return Optional.empty();
        }
    }

    private JsonNode body(JsonNode node) {
        if (node == null || node.isNull()) {
            return mapper.createObjectNode();
        }
        if (node.isTextual()) {
            String text = node.asText();
            if (text.isBlank()) {
                return mapper.createObjectNode();
            }
            try {
                return mapper.readTree(text);
            } catch (JsonProcessingException e) {
                return TextNode.valueOf(text); // kept, not thrown: an odd body must not lose the message
            }
        }
        return node;
    }

    private static Integer platform(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.canConvertToInt()) {
            return node.asInt();
        }
        String text = node.asText().trim();
        return text.matches("-?\\d{1,9}") ? Integer.valueOf(text) : null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
