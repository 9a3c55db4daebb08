package io.groupbuy.pandapon.wire;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The response envelope of API.md §3.1. {@code developId} is a 19-digit value sent as a string (or a
 * number in schema samples), so it is kept as a String; {@code data} is converted per endpoint.
 */
public record PandaPonEnvelope(String requestId, Integer code, String developId, String msg, JsonNode data) {
    public static final int SUCCESS = 200;

    public boolean success() {
        return code != null && code == SUCCESS;
    }
}
