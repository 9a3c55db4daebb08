package io.groupbuy.testing.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.testing.telegram.TextFormatting.Entity;
import io.groupbuy.testing.telegram.TextFormatting.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** parse_mode handling against Telegram's own error messages and byte offsets. */
class TextFormattingTest {

  @ParameterizedTest(name = "HTML {0}")
  @CsvSource(delimiter = '|', textBlock = """
      a <3 b               | Unsupported start tag "3" at byte offset 2
      a <3                 | Unclosed start tag at byte offset 2
      a < b                | Unsupported start tag "" at byte offset 2
      x<y                  | Unclosed start tag at byte offset 1
      <b>bold              | Can't find end tag corresponding to start tag "b"
      <b>x</i>             | Unmatched end tag at byte offset 4, expected "</b>", found "</i>"
      x</b>                | Unexpected end tag at byte offset 1
      <span>x</span>       | Tag "span" must have class "tg-spoiler" at byte offset 0
      ราคา <3 บาท          | Unsupported start tag "3" at byte offset 13
      <script>x</script>   | Unsupported start tag "script" at byte offset 0
      <a href>x</a>        | Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0
      """)
  void htmlErrors(String html, String error) {
    assertThatThrownBy(() -> TextFormatting.parse(html, "HTML")).isInstanceOfSatisfying(BotApiException.class,
        e -> assertThat(e.description()).isEqualTo("Bad Request: can't parse entities: " + error));
  }

  @Test
  void htmlEntitiesAndTags() {
    Parsed parsed = TextFormatting.parse("A &amp; B &lt;3 &copy; AT&T <b>x</> &#128512;<i>y</i>", "html");

    assertThat(parsed.text()).isEqualTo("A & B <3 &copy; AT&T x 😀y");
    assertThat(parsed.entities()).containsExactly(new Entity("bold", 21, 1), new Entity("italic", 25, 1));
  }

  @Test
  void htmlLinksPreAndQuotes() {
    Parsed parsed = TextFormatting.parse("<a href=\"https://t.me/x?a=1&amp;b=2\">link</a> "
        + "<pre><code class=\"language-java\">int x;</code></pre><blockquote expandable>q</blockquote>", "HTML");

    assertThat(parsed.text()).isEqualTo("link int x;q");
    assertThat(parsed.entities()).containsExactly(
        new Entity("text_link", 0, 4, "https://t.me/x?a=1&b=2", null, null),
        new Entity("pre", 5, 6, null, "java", null),
        new Entity("expandable_blockquote", 11, 1));
  }

  @ParameterizedTest(name = "MarkdownV2 {0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      Total 1.5 THB    => Character '.' is reserved and must be escaped with the preceding '\\'
      a-b              => Character '-' is reserved and must be escaped with the preceding '\\'
      x|y              => Character '|' is reserved and must be escaped with the preceding '\\'
      *unclosed        => Can't find end of Bold entity at byte offset 0
      🏟 🏟_abacaba      => Can't find end of Italic entity at byte offset 9
      🏟 🏟_abac * asd   => Can't find end of Bold entity at byte offset 15
      🏟 🏟`             => Can't find end of Code entity at byte offset 9
      🏟 🏟```           => Can't find end of Pre entity at byte offset 9
      🏟 🏟__🏟 🏟_        => Can't find end of Italic entity at byte offset 20
      🏟 🏟_🏟 🏟__        => Can't find end of Underline entity at byte offset 19
      [link](https://x => Can't find end of a URL at byte offset 7
      """)
  void markdownV2Errors(String text, String error) {
    assertThatThrownBy(() -> TextFormatting.parse(text, "MarkdownV2")).isInstanceOfSatisfying(BotApiException.class,
        e -> assertThat(e.description()).isEqualTo("Bad Request: can't parse entities: " + error));
  }

  @Test
  void markdownV2Entities() {
    Parsed parsed = TextFormatting.parse("*bold* _it_ __u__ ~s~ ||sp|| `c\\`` [t](https://x.y/\\)) 1\\.5\n"
        + "```java\nint x;```", "MarkdownV2");

    assertThat(parsed.text()).isEqualTo("bold it u s sp c` t 1.5\nint x;");
    assertThat(parsed.entities()).containsExactly(new Entity("bold", 0, 4), new Entity("italic", 5, 2),
        new Entity("underline", 8, 1), new Entity("strikethrough", 10, 1), new Entity("spoiler", 12, 2),
        new Entity("code", 15, 2), new Entity("text_link", 18, 1, "https://x.y/)", null, null),
        new Entity("pre", 24, 6, null, "java", null));
  }

  @Test
  void legacyMarkdown() {
    assertThat(TextFormatting.parse("*b* _i_ `c` [t](https://x.y) a\\_b 1.5", "Markdown").text())
        .isEqualTo("b i c t a_b 1.5");
    assertThatThrownBy(() -> TextFormatting.parse("x *unclosed", "markdown")).isInstanceOfSatisfying(
        BotApiException.class, e -> assertThat(e.description())
            .isEqualTo("Bad Request: can't parse entities: Can't find end of the entity starting at byte offset 2"));
  }

  @Test
  void unknownParseModeIsRejected() {
    assertThatThrownBy(() -> TextFormatting.parse("x", "XML")).isInstanceOfSatisfying(BotApiException.class,
        e -> assertThat(e.description()).isEqualTo("Bad Request: unsupported parse_mode"));
  }

  @ParameterizedTest(name = "detect {0}")
  @CsvSource(delimiter = '|', textBlock = """
      /start                          | bot_command:0:6
      /add@groupbuy_bot 2 pcs         | bot_command:0:17
      please /help                    | bot_command:7:5
      path/to/file                    | ''
      /cmd@ab                         | ''
      hi @alice!                      | mention:3:6
      see https://item.taobao.com/x?id=1. | url:4:30
      【淘宝】https://m.tb.cn/h.abc 复制 | url:4:21
      """)
  void detectsEntitiesTelegramAddsByItself(String text, String expected) {
    String found = String.join(",", TextFormatting.detect(text).stream()
        .map(e -> e.type() + ":" + e.offset() + ":" + e.length()).toList());
    assertThat(found).isEqualTo(expected);
  }
}
