package io.groupbuy.testing.telegram;

import static io.groupbuy.testing.telegram.TextFormatting.byteOffset;
import static io.groupbuy.testing.telegram.TextFormatting.cantParse;

import io.groupbuy.testing.telegram.TextFormatting.Entity;
import io.groupbuy.testing.telegram.TextFormatting.Parsed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * parse_mode=HTML as Telegram parses it: only the documented tags, only &amp;lt; &amp;gt; &amp;amp; &amp;quot; and
 * numeric character references; a '&amp;' that starts no reference is literal, a '&lt;' never is. Error messages
 * and byte offsets match Telegram's, e.g. {@code Unsupported start tag "3" at byte offset 2} for "a <3".
 */
final class HtmlMarkup {
  private static final Set<String> TAGS = Set.of("a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
      "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote");

  private record Open(String tag, String argument, int offset, boolean expandable) {}

  /** A decoded character reference and the index just after it. */
  private record Reference(int codePoint, int end) {}

  private final String src;
  private final StringBuilder out = new StringBuilder();
  private final Deque<Open> open = new ArrayDeque<>();
  private final List<Entity> entities = new ArrayList<>();
  private int i;

  private HtmlMarkup(String src) {
    this.src = src;
  }

  static Parsed parse(String html) {
    return new HtmlMarkup(html).run();
  }

  private Parsed run() {
    for (i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      Reference reference = c == '&' ? reference(i) : null;
      if (reference != null) {
        out.appendCodePoint(reference.codePoint());
        i = reference.end() - 1;
        continue;
      }
      if (c != '<') {
        out.append(c);
        continue;
      }
      int begin = i++;
      if (at(i) == '/') {
        endTag(begin);
      } else {
        startTag(begin);
      }
    }
    if (!open.isEmpty()) {
      throw cantParse("Can't find end tag corresponding to start tag \"" + open.peek().tag() + "\"");
    }
    List<Entity> result = new ArrayList<>();
    for (Entity e : entities) {
      result.add(e.type().equals("code") && e.language() != null
          ? new Entity("code", e.offset(), e.length()) : e);
    }
    return new Parsed(out.toString(), result);
  }

  private void startTag(int begin) {
    while (i < src.length() && !isSpace(at(i)) && at(i) != '>') {
      i++;
    }
    if (i >= src.length()) {
      throw cantParse("Unclosed start tag at byte offset " + byteOffset(src, begin));
    }
    String tag = src.substring(begin + 1, i).toLowerCase(Locale.ROOT);
    if (!TAGS.contains(tag)) {
      throw cantParse("Unsupported start tag \"" + tag + "\" at byte offset " + byteOffset(src, begin));
    }
    String argument = "";
    boolean expandable = false;
    while (at(i) != '>') {
      skipSpaces();
      if (i >= src.length()) {
        throw cantParse("Unclosed start tag at byte offset " + byteOffset(src, begin));
      }
      if (at(i) == '>') {
        break;
      }
      int nameBegin = i;
      while (i < src.length() && !isSpace(at(i)) && at(i) != '=' && at(i) != '>') {
        i++;
      }
      String name = src.substring(nameBegin, i).toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        throw cantParse("Empty attribute name in the tag \"" + tag + "\" at byte offset " + byteOffset(src, begin));
      }
      skipSpaces();
      if (at(i) != '=') {
        if (tag.equals("blockquote") && name.equals("expandable")) {
          expandable = true;
          continue;
        }
        throw cantParse("Expected equal sign in declaration of an attribute of the tag \"" + tag
            + "\" at byte offset " + byteOffset(src, begin));
      }
      i++;
      skipSpaces();
      if (i >= src.length()) {
        throw cantParse("Unclosed start tag \"" + tag + "\" at byte offset " + byteOffset(src, begin));
      }
      String value = attributeValue();
      if (i >= src.length()) {
        throw cantParse("Unclosed start tag at byte offset " + byteOffset(src, begin));
      }
      argument = argumentOf(tag, name, value, argument);
    }
    if (tag.equals("span") && !argument.equals("spoiler")) {
      throw cantParse("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(src, begin));
    }
    open.push(new Open(tag, argument, out.length(), expandable));
  }

  private String attributeValue() {
    char quote = at(i);
    if (quote != '\'' && quote != '"') {
      int tokenBegin = i;
      while (i < src.length() && (Character.isLetterOrDigit(at(i)) || at(i) == '.' || at(i) == '-')) {
        i++;
      }
      if (i < src.length() && !isSpace(at(i)) && at(i) != '>') {
        throw cantParse("Unexpected end of name token at byte offset " + byteOffset(src, tokenBegin));
      }
      return src.substring(tokenBegin, i).toLowerCase(Locale.ROOT);
    }
    StringBuilder value = new StringBuilder();
    i++;
    while (i < src.length() && at(i) != quote) {
      Reference reference = at(i) == '&' ? reference(i) : null;
      if (reference != null) {
        value.appendCodePoint(reference.codePoint());
        i = reference.end();
      } else {
        value.append(at(i++));
      }
    }
    if (i < src.length()) {
      i++;
    }
    return value.toString();
  }

  private static String argumentOf(String tag, String name, String value, String current) {
    if (tag.equals("a") && name.equals("href")) {
      return value;
    }
    if (tag.equals("code") && name.equals("class") && value.startsWith("language-")) {
      return value.substring("language-".length());
    }
    if (tag.equals("span") && name.equals("class") && value.startsWith("tg-")) {
      return value.substring(3);
    }
    if (tag.equals("tg-emoji") && name.equals("emoji-id")) {
      return value;
    }
    return current;
  }

  private void endTag(int begin) {
    if (open.isEmpty()) {
      throw cantParse("Unexpected end tag at byte offset " + byteOffset(src, begin));
    }
    i++;
    int nameBegin = i;
    while (i < src.length() && !isSpace(at(i)) && at(i) != '>') {
      i++;
    }
    String name = src.substring(nameBegin, i).toLowerCase(Locale.ROOT);
    skipSpaces();
    if (at(i) != '>') {
      throw cantParse("Unclosed end tag at byte offset " + byteOffset(src, begin));
    }
    Open top = open.peek();
    if (!name.isEmpty() && !name.equals(top.tag())) {
      throw cantParse("Unmatched end tag at byte offset " + byteOffset(src, begin) + ", expected \"</" + top.tag()
          + ">\", found \"</" + name + ">\"");
    }
    open.pop();
    if (out.length() > top.offset()) {
      addEntity(top, out.length() - top.offset());
    }
  }

  private void addEntity(Open top, int length) {
    int offset = top.offset();
    switch (top.tag()) {
      case "b": case "strong": entities.add(new Entity("bold", offset, length)); break;
      case "i": case "em": entities.add(new Entity("italic", offset, length)); break;
      case "u": case "ins": entities.add(new Entity("underline", offset, length)); break;
      case "s": case "strike": case "del": entities.add(new Entity("strikethrough", offset, length)); break;
      case "tg-spoiler": case "span": entities.add(new Entity("spoiler", offset, length)); break;
      case "blockquote":
        entities.add(new Entity(top.expandable() ? "expandable_blockquote" : "blockquote", offset, length));
        break;
      case "tg-emoji":
        if (!top.argument().matches("[1-9][0-9]{0,18}")) {
          throw cantParse("Invalid custom emoji identifier specified");
        }
        entities.add(new Entity("custom_emoji", offset, length, null, null, top.argument()));
        break;
      case "a":
        String url = top.argument().isEmpty() ? out.substring(offset) : top.argument();
        entities.add(new Entity("text_link", offset, length, url, null, null));
        break;
      case "code":
        entities.add(new Entity("code", offset, length, null, top.argument().isEmpty() ? null : top.argument(), null));
        break;
      default: // pre: a <code class="language-x"> spanning it exactly makes it a pre with that language
        Entity last = entities.isEmpty() ? null : entities.get(entities.size() - 1);
        if (last != null && last.type().equals("code") && last.offset() == offset && last.length() == length
            && last.language() != null) {
          entities.set(entities.size() - 1, new Entity("pre", offset, length, null, last.language(), null));
        } else {
          entities.add(new Entity("pre", offset, length));
        }
    }
  }

  // &lt; &gt; &amp; &quot; &#NNN; &#xHH; (the ';' is optional); anything else leaves the '&' literal.
  private Reference reference(int amp) {
    int pos = amp + 1;
    int code = 0;
    if (at(pos) == '#') {
      pos++;
      boolean hex = at(pos) == 'x' || at(pos) == 'X';
      int radix = hex ? 16 : 10;
      pos += hex ? 1 : 0;
      int digitsBegin = pos;
      while (pos < src.length() && Character.digit(at(pos), radix) >= 0 && pos - digitsBegin < 8) {
        code = code * radix + Character.digit(at(pos), radix);
        pos++;
      }
      if (pos == digitsBegin || code == 0 || code >= 0x10ffff) {
        return null;
      }
    } else {
      int nameBegin = pos;
      while (pos < src.length() && Character.isLetter(at(pos))) {
        pos++;
      }
      switch (src.substring(nameBegin, pos)) {
        case "lt": code = '<'; break;
        case "gt": code = '>'; break;
        case "amp": code = '&'; break;
        case "quot": code = '"'; break;
        default: return null;
      }
    }
    return new Reference(code, at(pos) == ';' ? pos + 1 : pos);
  }

  private void skipSpaces() {
    while (i < src.length() && isSpace(at(i))) {
      i++;
    }
  }

  private char at(int index) {
    return index < src.length() ? src.charAt(index) : '\0';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0b;
  }
}
