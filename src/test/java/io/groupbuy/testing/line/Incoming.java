package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A request being served: header names lower-cased, body already read and (if JSON) parsed. */
record Incoming(String method, String path, Map<String, List<String>> headers, byte[] body, JsonNode json,
        String parseError, String requestId) {

    String header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    String segment(int index) {
        return path.split("/")[index];
    }
}
