package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading the common parameters, with Telegram's error messages when they are missing or out of bounds. */
final class CallArgs {
  static final int MAX_TEXT = 4096;
  static final int MAX_CAPTION = 1024;

  /** A text or caption as sent and as parsed; parsed is null when there is none. */
  record Content(String raw, String parseMode, TextFormatting.Parsed parsed) {
    String plain() {
      return parsed == null ? null : parsed.text();
    }

    JsonNode entitiesJson() {
      return parsed == null ? Json.array() : parsed.entitiesJson();
    }
  }

  private CallArgs() {}

  static long chatId(BotApiParams p) {
    String raw = p.text("chat_id");
    if (raw == null || raw.isBlank()) {
      throw BotApiException.badRequest("chat_id is empty");
    }
    if (raw.startsWith("@")) {
      throw BotApiException.badRequest("chat not found");
    }
    return p.longValue("chat_id");
  }

  static int messageId(BotApiParams p) {
    if (p.has("inline_message_id") && !p.has("message_id")) {
      throw BotApiException.badRequest("MESSAGE_ID_INVALID");
    }
    Integer id = p.intValue("message_id");
    if (id == null) {
      throw BotApiException.badRequest("message identifier is not specified");
    }
    return id;
  }

  /** sendMessage/editMessageText text: 1-4096 characters (UTF-16 code units) after entity parsing. */
  static Content text(BotApiParams p) {
    String raw = p.text("text");
    if (raw == null || raw.isEmpty()) {
      throw BotApiException.badRequest("message text is empty");
    }
    String parseMode = p.text("parse_mode");
    TextFormatting.Parsed parsed = parse(raw, parseMode, p.json("entities"));
    if (parsed.text().isBlank()) {
      throw BotApiException.badRequest("message text is empty");
    }
    if (parsed.text().length() > MAX_TEXT) {
      throw BotApiException.badRequest("message is too long");
    }
    return new Content(raw, parseMode, parsed);
  }

  /** A caption: optional, 0-1024 characters after entity parsing. */
  static Content caption(BotApiParams p) {
    return caption(p.text("caption"), p.text("parse_mode"), p.json("caption_entities"));
  }

  static Content caption(String raw, String parseMode, JsonNode givenEntities) {
    if (raw == null || raw.isEmpty()) {
      return new Content(null, parseMode, null);
    }
    TextFormatting.Parsed parsed = parse(raw, parseMode, givenEntities);
    if (parsed.text().length() > MAX_CAPTION) {
      throw BotApiException.badRequest("message caption is too long");
    }
    return new Content(raw, parseMode, parsed);
  }

  /** Markup per parse_mode, or, without parse_mode, the entities the bot passed explicitly. */
  private static TextFormatting.Parsed parse(String raw, String parseMode, JsonNode givenEntities) {
    if ((parseMode == null || parseMode.isEmpty()) && givenEntities != null && givenEntities.isArray()) {
      return TextFormatting.withGivenEntities(raw, givenEntities);
    }
    return TextFormatting.parse(raw, parseMode);
  }
}
