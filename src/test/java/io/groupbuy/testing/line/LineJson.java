package io.groupbuy.testing.line;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one ObjectMapper of the fake and the webhook builder: plain, compact, UTF-8. */
final class LineJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private LineJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(byte[] body) throws IOException {
        return MAPPER.readTree(body);
    }

    /** {@code {"message": message}}. */
    static byte[] message(String message) {
        ObjectNode n = object();
        n.put("message", message);
        return bytes(n);
    }
}
