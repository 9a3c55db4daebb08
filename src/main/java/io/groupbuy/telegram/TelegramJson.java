package io.groupbuy.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Telegram's wire format, read and written with a mapper of our own for the SDK's model (the SDK
 * keeps its own mapper, as DESIGN.md wants). Updates are stored in the inbox as the Bot API JSON.
 */
final class TelegramJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private TelegramJson() {
    }

    static JsonNode tree(Update update) {
        return MAPPER.valueToTree(update);
    }

    static JsonNode tree(byte[] body) throws java.io.IOException {
        return MAPPER.readTree(body);
    }

    static Update update(String payload) throws JsonProcessingException {
        return MAPPER.readValue(payload, Update.class);
    }

    /** The tree as the SDK's Update; throws when it is not one (a chat id that is not a number, say). */
    static Update update(JsonNode tree) throws JsonProcessingException {
        return MAPPER.treeToValue(tree, Update.class);
    }

    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
