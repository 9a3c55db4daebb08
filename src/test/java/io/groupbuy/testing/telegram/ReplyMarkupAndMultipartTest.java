package io.groupbuy.testing.telegram;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplyMarkupAndMultipartTest {

  static Stream<Arguments> invalidMarkups() {
    return Stream.of(
        Arguments.of("{\"inline_keyboard\":[[{\"text\":\"a\",\"callback_data\":\"\"}]]}", "BUTTON_DATA_INVALID"),
        Arguments.of("{\"inline_keyboard\":[[{\"text\":\"a\"}]]}",
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"),
        Arguments.of("{\"inline_keyboard\":[[{\"callback_data\":\"x\"}]]}",
            "can't parse inline keyboard button: Can't find field \"text\""),
        Arguments.of("{\"inline_keyboard\":[{\"text\":\"a\",\"callback_data\":\"x\"}]}",
            "field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays"),
        Arguments.of("{\"inline_keyboard\":[[{\"text\":\"a\",\"url\":\"not a url\"}]]}", "BUTTON_URL_INVALID"),
        Arguments.of("{\"colour\":\"red\"}", "can't parse reply keyboard markup JSON object"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMarkups")
  void invalidMarkup(String json, String error) throws Exception {
    JsonNode markup = Json.parse(json);
    assertThatThrownBy(() -> ReplyMarkup.validate(markup)).isInstanceOfSatisfying(BotApiException.class,
        e -> assertThat(e.description()).isEqualTo("Bad Request: " + error));
  }

  @Test
  void callbackDataOf64BytesIsFineAndAKeyboardHoldsAtMost100Buttons() throws Exception {
    String data = "ก".repeat(21) + "x"; // 63 + 1 bytes
    JsonNode ok = Json.parse("{\"inline_keyboard\":[[{\"text\":\"a\",\"callback_data\":\"" + data + "\"}]]}");
    assertThat(ReplyMarkup.buttons(ReplyMarkup.validate(ok)))
        .containsExactly(List.of(new InlineButton("a", data, null)));

    StringBuilder rows = new StringBuilder("{\"inline_keyboard\":[");
    for (int i = 0; i < 101; i++) {
      rows.append(i == 0 ? "" : ",").append("[{\"text\":\"b\",\"callback_data\":\"").append(i).append("\"}]");
    }
    JsonNode tooMany = Json.parse(rows.append("]}").toString());
    assertThatThrownBy(() -> ReplyMarkup.validate(tooMany)).isInstanceOfSatisfying(BotApiException.class,
        e -> assertThat(e.description()).isEqualTo("Bad Request: reply markup is too long"));
  }

  @Test
  void multipartWithQuotedBoundaryFilesAndEscapedNames() {
    String body = "--abc\r\n"
        + "Content-Disposition: form-data; name=\"chat_id\"\r\n\r\n"
        + "-100\r\n"
        + "--abc\r\n"
        + "Content-Disposition: form-data; name=\"a \\\"b\\\".jpg\"; filename=\"a \\\"b\\\".jpg\"\r\n"
        + "Content-Type: image/jpeg\r\n\r\n"
        + "\r\n--ab not the end\r\n"
        + "--abc--\r\n";

    List<MultipartParser.Part> parts = MultipartParser.parse(body.getBytes(UTF_8),
        MultipartParser.boundary("multipart/form-data; boundary=\"abc\""));

    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).text()).isEqualTo("-100");
    assertThat(parts.get(1).name()).isEqualTo("a \"b\".jpg");
    assertThat(parts.get(1).isFile()).isTrue();
    assertThat(parts.get(1).text()).isEqualTo("\r\n--ab not the end");
  }

  @Test
  void truncatedMultipartIsABadRequest() {
    byte[] body = "--abc\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nno end".getBytes(UTF_8);
    assertThatThrownBy(() -> MultipartParser.parse(body, "abc")).isInstanceOf(BotApiException.class);
  }
}
