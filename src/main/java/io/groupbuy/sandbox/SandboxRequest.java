package io.groupbuy.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.groupbuy.pandapon.PandaPonEndpoint;
import java.io.IOException;
import java.util.function.Function;

/** An authenticated API call as the handlers see it: who, which endpoint, body and query. */
record SandboxRequest(PandaPonEndpoint endpoint, String userId, JsonNode body, Function<String, String> query,
                      ObjectMapper mapper) {

    /** The body as a wire record; a body that does not fit is the caller's error (code 400). */
    <T> T body(Class<T> type) {
        try {
            return mapper.treeToValue(body, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "body does not fit " + type.getSimpleName() + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A JSON string field (such as orderLineList) decoded as {@code type}. */
    <T> T jsonString(String text, String field, TypeReference<T> type) {
        if (text == null || text.isBlank()) {
            throw new SandboxError(SandboxError.BAD_REQUEST, field + " is required");
        }
        try {
            return mapper.readValue(text, type);
        } catch (IOException e) {
            throw new SandboxError(SandboxError.BAD_REQUEST, field + " must be a JSON-encoded string: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A required query parameter. */
    String requiredQuery(String name) {
        String value = query.apply(name);
        if (value == null || value.isBlank()) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "query parameter " + name + " is required");
        }
        return value.trim();
    }
}
