package io.groupbuy.testing.telegram;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Formatting options of the Bot API: parse_mode HTML, MarkdownV2 and legacy Markdown are parsed the way
 * Telegram's server (tdlib) does, so markup errors come back with Telegram's own messages ("can't parse
 * entities: Unsupported start tag ..."). Offsets and lengths are UTF-16 code units, as in the Bot API.
 */
final class TextFormatting {
  /** A MessageEntity; url for text_link, language for pre, customEmojiId for custom_emoji. */
  record Entity(String type, int offset, int length, String url, String language, String customEmojiId) {
    Entity(String type, int offset, int length) {
      this(type, offset, length, null, null, null);
    }

    ObjectNode toJson() {
      ObjectNode json = Json.object().put("type", type).put("offset", offset).put("length", length);
      if (url != null) {
        json.put("url", url);
      }
      if (language != null) {
        json.put("language", language);
      }
      if (customEmojiId != null) {
        json.put("custom_emoji_id", customEmojiId);
      }
      return json;
    }
  }

  /** Text as the user sees it, and its entities. */
  record Parsed(String text, List<Entity> entities) {
    ArrayNode entitiesJson() {
      ArrayNode array = Json.array();
      entities.forEach(e -> array.add(e.toJson()));
      return array;
    }
  }

  private TextFormatting() {}

  /** Parses markup (null or empty parse_mode means plain text) and adds the entities Telegram detects itself. */
  static Parsed parse(String text, String parseMode) {
    Parsed parsed;
    if (parseMode == null || parseMode.isEmpty()) {
      parsed = new Parsed(text, List.of());
    } else {
      switch (parseMode.toLowerCase(Locale.ROOT)) {
        case "html": parsed = HtmlMarkup.parse(text); break;
        case "markdownv2": parsed = MarkdownMarkup.parseV2(text); break;
        case "markdown": parsed = MarkdownMarkup.parseLegacy(text); break;
        default: throw BotApiException.badRequest("unsupported parse_mode");
      }
    }
    return withDetectedEntities(parsed);
  }

  /** Text with entities the bot passed itself (no parse_mode); entities outside the text are dropped. */
  static Parsed withGivenEntities(String text, JsonNode given) {
    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : given) {
      int offset = e.path("offset").asInt(-1);
      int length = e.path("length").asInt(0);
      if (offset >= 0 && length > 0 && offset + length <= text.length() && e.hasNonNull("type")) {
        entities.add(new Entity(e.get("type").asText(), offset, length, e.path("url").asText(null),
            e.path("language").asText(null), e.path("custom_emoji_id").asText(null)));
      }
    }
    return withDetectedEntities(new Parsed(text, entities));
  }

  static BotApiException cantParse(String detail) {
    return BotApiException.badRequest("can't parse entities: " + detail);
  }

  static int byteOffset(String source, int index) {
    return source.substring(0, Math.min(index, source.length())).getBytes(UTF_8).length;
  }

  /** bot_command, mention and url entities; detected ones that overlap markup entities are left out. */
  static Parsed withDetectedEntities(Parsed parsed) {
    List<Entity> all = new ArrayList<>(parsed.entities());
    for (Entity found : detect(parsed.text())) {
      boolean overlaps = parsed.entities().stream().anyMatch(e ->
          e.offset() < found.offset() + found.length() && found.offset() < e.offset() + e.length());
      if (!overlaps) {
        all.add(found);
      }
    }
    all.sort(Comparator.comparingInt(Entity::offset).thenComparing(e -> -e.length()));
    return new Parsed(parsed.text(), List.copyOf(all));
  }

  static List<Entity> detect(String text) {
    List<Entity> found = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int end = -1;
      String type = null;
      if (c == '/' && !blocksCommand(text, i)) {
        end = botCommandEnd(text, i);
        type = "bot_command";
      } else if (c == '@' && (i == 0 || !isWordChar(text.codePointBefore(i)))) {
        end = nameEnd(text, i + 1, 2, 32);
        type = "mention";
      } else if ((c == 'h' || c == 'H') && (i == 0 || !isWordChar(text.codePointBefore(i)))) {
        end = urlEnd(text, i);
        type = "url";
      }
      if (end > i) {
        found.add(new Entity(type, i, end - i));
        i = end - 1;
      }
    }
    return found;
  }

  // "/" starts a command only at a word boundary, and not inside a path or a tag.
  private static boolean blocksCommand(String text, int slash) {
    if (slash == 0) {
      return false;
    }
    int prev = text.codePointBefore(slash);
    return isWordChar(prev) || prev == '/' || prev == '<' || prev == '>';
  }

  // "/cmd" or "/cmd@botname": 1-64 command chars, 3-32 name chars, and no word character right after.
  private static int botCommandEnd(String text, int slash) {
    int end = nameEnd(text, slash + 1, 1, 64);
    if (end < 0) {
      return -1;
    }
    if (end < text.length() && text.charAt(end) == '@') {
      end = nameEnd(text, end + 1, 3, 32);
      if (end < 0) {
        return -1;
      }
    }
    return end;
  }

  private static int nameEnd(String text, int start, int min, int max) {
    int j = start;
    while (j < text.length() && isNameChar(text.charAt(j))) {
      j++;
    }
    int length = j - start;
    if (length < min || length > max) {
      return -1;
    }
    if (j < text.length()) {
      int next = text.codePointAt(j);
      if (isWordChar(next) || next == '/' || next == '<' || next == '>') {
        return -1;
      }
    }
    return j;
  }

  private static int urlEnd(String text, int start) {
    String lower = text.substring(start, Math.min(text.length(), start + 8)).toLowerCase(Locale.ROOT);
    int schemeLength = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : 0;
    if (schemeLength == 0) {
      return -1;
    }
    int j = start + schemeLength;
    while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && "<>\"".indexOf(text.charAt(j)) < 0) {
      j++;
    }
    while (j > start + schemeLength && ".,;:!?)]}'".indexOf(text.charAt(j - 1)) >= 0) {
      j--;
    }
    return j > start + schemeLength ? j : -1;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  static boolean isWordChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || codePoint == '_';
  }
}
