package io.groupbuy.testing.telegram;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks reply_markup the way Telegram does: callback_data must be 1-64 bytes (BUTTON_DATA_INVALID), every
 * inline button needs an action, and an inline keyboard holds at most 100 buttons.
 */
final class ReplyMarkup {
  static final int MAX_CALLBACK_DATA_BYTES = 64;
  static final int MAX_BUTTONS = 100;

  private static final Set<String> INLINE_ACTIONS = Set.of("callback_data", "url", "web_app", "login_url",
      "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
      "callback_game", "pay");

  private ReplyMarkup() {}

  /** Validates any kind of reply_markup; returns it unchanged (null when absent). */
  static JsonNode validate(JsonNode markup) {
    if (markup == null) {
      return null;
    }
    if (!markup.isObject()) {
      throw BotApiException.badRequest("can't parse reply keyboard markup JSON object");
    }
    if (markup.has("inline_keyboard")) {
      validateInline(markup.get("inline_keyboard"));
    } else if (markup.has("keyboard")) {
      validateRows(markup.get("keyboard"), "keyboard", "ReplyKeyboardMarkup");
    } else if (!markup.has("remove_keyboard") && !markup.has("force_reply")) {
      throw BotApiException.badRequest("can't parse reply keyboard markup JSON object");
    }
    return markup;
  }

  /** Only an inline keyboard may be attached to an edited message. */
  static JsonNode validateInlineOnly(JsonNode markup) {
    JsonNode valid = validate(markup);
    if (valid != null && !valid.has("inline_keyboard")) {
      throw BotApiException.badRequest("inline keyboard expected");
    }
    return valid;
  }

  static boolean isInline(JsonNode markup) {
    return markup != null && markup.has("inline_keyboard");
  }

  static List<List<InlineButton>> buttons(JsonNode markup) {
    List<List<InlineButton>> rows = new ArrayList<>();
    if (!isInline(markup)) {
      return rows;
    }
    for (JsonNode row : markup.get("inline_keyboard")) {
      List<InlineButton> buttons = new ArrayList<>();
      for (JsonNode b : row) {
        buttons.add(new InlineButton(b.path("text").asText(), textOrNull(b, "callback_data"), textOrNull(b, "url")));
      }
      rows.add(List.copyOf(buttons));
    }
    return List.copyOf(rows);
  }

  private static void validateInline(JsonNode keyboard) {
    validateRows(keyboard, "inline_keyboard", "InlineKeyboardMarkup");
    int count = 0;
    for (JsonNode row : keyboard) {
      for (JsonNode button : row) {
        count++;
        if (!button.isObject()) {
          throw BotApiException.badRequest(
              "can't parse inline keyboard button: InlineKeyboardButton must be an Object");
        }
        if (!button.path("text").isTextual()) {
          throw BotApiException.badRequest("can't parse inline keyboard button: Can't find field \"text\"");
        }
        if (INLINE_ACTIONS.stream().noneMatch(button::hasNonNull)) {
          throw BotApiException.badRequest(
              "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        if (button.hasNonNull("callback_data")) {
          int bytes = button.get("callback_data").asText().getBytes(UTF_8).length;
          if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
            throw BotApiException.badRequest("BUTTON_DATA_INVALID");
          }
        }
        if (button.hasNonNull("url")) {
          String url = button.get("url").asText();
          if (url.isBlank() || url.chars().anyMatch(Character::isWhitespace)) {
            throw BotApiException.badRequest("BUTTON_URL_INVALID");
          }
        }
      }
    }
    if (count > MAX_BUTTONS) {
      throw BotApiException.badRequest("reply markup is too long");
    }
  }

  private static void validateRows(JsonNode rows, String field, String type) {
    boolean arrayOfArrays = rows != null && rows.isArray();
    if (arrayOfArrays) {
      for (JsonNode row : rows) {
        arrayOfArrays &= row.isArray();
      }
    }
    if (!arrayOfArrays) {
      throw BotApiException.badRequest("field \"" + field + "\" of the " + type + " must be an Array of Arrays");
    }
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
