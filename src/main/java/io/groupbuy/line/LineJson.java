package io.groupbuy.line;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;

/**
 * The LINE SDK's own model mapper: it knows the polymorphic webhook events and message objects and
 * writes messages exactly as the SDK puts them on the wire, so sizes measured with it are the
 * sizes LINE sees.
 */
final class LineJson {
    static final ObjectMapper MAPPER = ModelObjectMapper.createNewObjectMapper();

    private LineJson() {
    }

    /** Compact UTF-8 size of a message or Flex container as sent. */
    static int sizeOf(Object model) {
        try {
            return MAPPER.writeValueAsBytes(model).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a LINE model object", e);
        }
    }
}
