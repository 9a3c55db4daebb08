package io.groupbuy.testing.telegram;

import static io.groupbuy.testing.telegram.TextFormatting.byteOffset;
import static io.groupbuy.testing.telegram.TextFormatting.cantParse;

import io.groupbuy.testing.telegram.TextFormatting.Entity;
import io.groupbuy.testing.telegram.TextFormatting.Parsed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * parse_mode=MarkdownV2 and legacy Markdown, following Telegram's parser: in MarkdownV2 every one of
 * {@code _*[]()~`>#+-=|{}.!} outside an entity must be escaped with '\', or the call fails with
 * "Character '.' is reserved and must be escaped with the preceding '\'".
 */
final class MarkdownMarkup {
  private static final String RESERVED = "_*[]()~`>#+-=|{}.!\n";

  private enum Kind {
    BOLD("Bold", "bold"), ITALIC("Italic", "italic"), UNDERLINE("Underline", "underline"),
    STRIKETHROUGH("Strikethrough", "strikethrough"), SPOILER("Spoiler", "spoiler"), CODE("Code", "code"),
    PRE("Pre", "pre"), PRE_CODE("PreCode", "pre"), TEXT_URL("TextUrl", "text_link"),
    CUSTOM_EMOJI("CustomEmoji", "custom_emoji"), BLOCKQUOTE("BlockQuote", "blockquote");

    final String errorName;
    final String apiType;

    Kind(String errorName, String apiType) {
      this.errorName = errorName;
      this.apiType = apiType;
    }

    boolean isCode() {
      return this == CODE || this == PRE || this == PRE_CODE;
    }
  }

  private record Open(Kind kind, String argument, int offset, int sourcePos) {}

  private MarkdownMarkup() {}

  static Parsed parseV2(String s) {
    StringBuilder out = new StringBuilder();
    Deque<Open> open = new ArrayDeque<>();
    List<Entity> entities = new ArrayList<>();
    boolean blockquote = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) > 0 && s.charAt(i + 1) <= 126) {
        out.append(s.charAt(++i));
        continue;
      }
      String reserved = !open.isEmpty() && open.peek().kind().isCode() ? "`" : RESERVED;
      if (reserved.indexOf(c) < 0) {
        out.append(c);
        continue;
      }
      if (!isEnd(s, i, open, blockquote)) {
        int start = i;
        Kind kind;
        String argument = null;
        switch (c) {
          case '_':
            kind = at(s, i + 1) == '_' ? Kind.UNDERLINE : Kind.ITALIC;
            i += kind == Kind.UNDERLINE ? 1 : 0;
            break;
          case '*': kind = Kind.BOLD; break;
          case '~': kind = Kind.STRIKETHROUGH; break;
          case '[': kind = Kind.TEXT_URL; break;
          case '|':
            if (at(s, i + 1) != '|') {
              throw reserved(c);
            }
            i++;
            kind = Kind.SPOILER;
            break;
          case '!':
            if (at(s, i + 1) != '[') {
              throw reserved(c);
            }
            i++;
            kind = Kind.CUSTOM_EMOJI;
            break;
          case '`':
            if (at(s, i + 1) == '`' && at(s, i + 2) == '`') {
              i += 3;
              kind = Kind.PRE;
              int languageEnd = i;
              while (languageEnd < s.length() && !Character.isWhitespace(s.charAt(languageEnd))
                  && s.charAt(languageEnd) != '`') {
                languageEnd++;
              }
              if (i != languageEnd && languageEnd < s.length() && s.charAt(languageEnd) != '`') {
                kind = Kind.PRE_CODE;
                argument = s.substring(i, languageEnd);
                i = languageEnd;
              }
              i = skipOneNewline(s, i) - 1;
            } else {
              kind = Kind.CODE;
            }
            break;
          case '\n':
            out.append('\n');
            if (at(s, i + 1) != '>') {
              continue;
            }
            i++;
            if (blockquote) {
              continue;
            }
            kind = Kind.BLOCKQUOTE;
            blockquote = true;
            break;
          case '>':
            if (i != 0) {
              throw reserved(c);
            }
            kind = Kind.BLOCKQUOTE;
            blockquote = true;
            break;
          default:
            throw reserved(c);
        }
        open.push(new Open(kind, argument, out.length(), start));
        continue;
      }
      Open top = open.pop();
      if (c == '\n' && top.kind() != Kind.BLOCKQUOTE) {
        throw cantParse("Can't find end of " + top.kind().errorName + " entity at byte offset "
            + byteOffset(s, top.sourcePos()));
      }
      String argument = top.argument();
      switch (top.kind()) {
        case UNDERLINE: case SPOILER: i++; break;
        case PRE: case PRE_CODE: i += 2; break;
        case TEXT_URL:
          if (at(s, i + 1) == '(') {
            int urlBegin = i + 2;
            i = urlEnd(s, urlBegin, "Can't find end of a URL at byte offset ");
            argument = unescape(s.substring(urlBegin, i));
          } else {
            argument = out.substring(top.offset());
          }
          break;
        case CUSTOM_EMOJI:
          if (at(s, i + 1) != '(') {
            throw cantParse("Custom emoji entity must contain a tg://emoji URL");
          }
          int urlBegin = i + 2;
          i = urlEnd(s, urlBegin, "Can't find end of a custom emoji URL at byte offset ");
          argument = unescape(s.substring(urlBegin, i)).replaceFirst("^tg://emoji\\?id=", "");
          break;
        case BLOCKQUOTE:
          blockquote = false;
          out.append(c);
          break;
        default:
          break;
      }
      if (out.length() > top.offset()) {
        entities.add(entity(top.kind(), top.offset(), out.length() - top.offset(), argument));
      }
    }
    if (blockquote && !open.isEmpty() && open.peek().kind() == Kind.BLOCKQUOTE) {
      Open top = open.pop();
      if (out.length() > top.offset()) {
        entities.add(entity(Kind.BLOCKQUOTE, top.offset(), out.length() - top.offset(), null));
      }
    }
    if (!open.isEmpty()) {
      throw cantParse("Can't find end of " + open.peek().kind().errorName + " entity at byte offset "
          + byteOffset(s, open.peek().sourcePos()));
    }
    return new Parsed(out.toString(), entities);
  }

  /** Legacy Markdown: *bold*, _italic_, `code`, ```pre```, [text](url); only _ * ` [ can be escaped. */
  static Parsed parseLegacy(String s) {
    StringBuilder out = new StringBuilder();
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && "_*`[".indexOf(at(s, i + 1)) >= 0 && i + 1 < s.length()) {
        out.append(s.charAt(++i));
        continue;
      }
      if ("_*`[".indexOf(c) < 0) {
        out.append(c);
        continue;
      }
      int begin = i;
      char endChar = c == '[' ? ']' : c;
      boolean pre = c == '`' && at(s, i + 1) == '`' && at(s, i + 2) == '`';
      i++;
      String language = null;
      if (pre) {
        i += 2;
        int languageEnd = i;
        while (languageEnd < s.length() && !Character.isWhitespace(s.charAt(languageEnd))
            && s.charAt(languageEnd) != '`') {
          languageEnd++;
        }
        if (i != languageEnd && languageEnd < s.length() && s.charAt(languageEnd) != '`') {
          language = s.substring(i, languageEnd);
          i = languageEnd;
        }
        i = skipOneNewline(s, i);
      }
      int offset = out.length();
      while (i < s.length() && (s.charAt(i) != endChar || (pre && !(at(s, i + 1) == '`' && at(s, i + 2) == '`')))) {
        out.append(s.charAt(i++));
      }
      if (i >= s.length()) {
        throw cantParse("Can't find end of the entity starting at byte offset " + byteOffset(s, begin));
      }
      int length = out.length() - offset;
      String url = null;
      if (c == '[') {
        if (at(s, i + 1) == '(') {
          int urlBegin = i + 2;
          i = urlBegin;
          while (i < s.length() && s.charAt(i) != ')') {
            i++;
          }
          url = s.substring(urlBegin, Math.min(i, s.length()));
        } else {
          url = out.substring(offset);
        }
      }
      if (length > 0) {
        Kind kind = c == '_' ? Kind.ITALIC : c == '*' ? Kind.BOLD : c == '[' ? Kind.TEXT_URL
            : pre ? (language == null ? Kind.PRE : Kind.PRE_CODE) : Kind.CODE;
        entities.add(entity(kind, offset, length, c == '[' ? url : language));
      }
      if (pre) {
        i += 2;
      }
    }
    return new Parsed(out.toString(), entities);
  }

  private static boolean isEnd(String s, int i, Deque<Open> open, boolean blockquote) {
    if (open.isEmpty()) {
      return false;
    }
    char c = s.charAt(i);
    if (blockquote && c == '\n' && at(s, i + 1) != '>') {
      return true;
    }
    switch (open.peek().kind()) {
      case BOLD: return c == '*';
      case ITALIC: return c == '_' && at(s, i + 1) != '_';
      case UNDERLINE: return c == '_' && at(s, i + 1) == '_';
      case STRIKETHROUGH: return c == '~';
      case SPOILER: return c == '|' && at(s, i + 1) == '|';
      case CODE: return c == '`';
      case PRE: case PRE_CODE: return c == '`' && at(s, i + 1) == '`' && at(s, i + 2) == '`';
      case TEXT_URL: case CUSTOM_EMOJI: return c == ']';
      default: return false;
    }
  }

  private static Entity entity(Kind kind, int offset, int length, String argument) {
    switch (kind) {
      case TEXT_URL: return new Entity(kind.apiType, offset, length, argument, null, null);
      case PRE_CODE: return new Entity(kind.apiType, offset, length, null, argument, null);
      case CUSTOM_EMOJI: return new Entity(kind.apiType, offset, length, null, null, argument);
      default: return new Entity(kind.apiType, offset, length);
    }
  }

  // Returns the index of the closing ')' of a URL that starts at urlBegin; '\' escapes inside it.
  private static int urlEnd(String s, int urlBegin, String error) {
    int i = urlBegin;
    while (i < s.length() && s.charAt(i) != ')') {
      i += s.charAt(i) == '\\' && i + 1 < s.length() ? 2 : 1;
    }
    if (i >= s.length()) {
      throw cantParse(error + byteOffset(s, urlBegin));
    }
    return i;
  }

  private static String unescape(String s) {
    return s.replaceAll("\\\\([\\x01-\\x7e])", "$1");
  }

  private static int skipOneNewline(String s, int i) {
    char c = at(s, i);
    if (c == '\n' || c == '\r') {
      char next = at(s, i + 1);
      return (next == '\n' || next == '\r') && next != c ? i + 2 : i + 1;
    }
    return i;
  }

  private static BotApiException reserved(char c) {
    return cantParse("Character '" + c + "' is reserved and must be escaped with the preceding '\\'");
  }

  private static char at(String s, int index) {
    return index < s.length() ? s.charAt(index) : '\0';
  }
}
