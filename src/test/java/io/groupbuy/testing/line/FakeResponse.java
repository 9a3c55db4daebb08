package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A response the fake is about to send. */
record FakeResponse(int status, byte[] body, String contentType, Map<String, String> headers) {
    static final String JSON = "application/json";

    static FakeResponse json(int status, JsonNode body) {
        return new FakeResponse(status, LineJson.bytes(body), JSON, Map.of());
    }

    static FakeResponse json(int status, String body) {
        return new FakeResponse(status, body.getBytes(StandardCharsets.UTF_8), JSON, Map.of());
    }

    static FakeResponse message(int status, String message) {
        return new FakeResponse(status, LineJson.message(message), JSON, Map.of());
    }

    static FakeResponse notFound() {
        return message(404, "Not found");
    }

    /** LINE's validation error: {@code {"message":"The request body has N error(s)","details":[...]}}. */
    static FakeResponse invalid(List<ValidationChecks.Detail> details) {
        ObjectNode body = LineJson.object();
        body.put("message", "The request body has " + details.size() + " error(s)");
        ArrayNode arr = body.putArray("details");
        for (ValidationChecks.Detail d : details) {
            arr.addObject().put("message", d.message()).put("property", d.property());
        }
        return json(400, body);
    }

    FakeResponse withHeader(String name, String value) {
        Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new FakeResponse(status, body, contentType, Map.copyOf(h));
    }
}
