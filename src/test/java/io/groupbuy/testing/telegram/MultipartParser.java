package io.groupbuy.testing.telegram;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small multipart/form-data reader (RFC 7578), enough for what OkHttp's MultipartBody and curl send. */
final class MultipartParser {
  private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
  private static final Pattern DISPOSITION_PARAM =
      Pattern.compile("(?i);\\s*(name|filename)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;]*))");
  private static final byte[] CRLF_CRLF = "\r\n\r\n".getBytes(ISO_8859_1);

  /** One part; a part with a filename is a file, the others are plain form fields. */
  record Part(String name, String fileName, String contentType, byte[] body) {
    boolean isFile() {
      return fileName != null;
    }

    String text() {
      return new String(body, UTF_8);
    }
  }

  private MultipartParser() {}

  static String boundary(String contentType) {
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw BotApiException.badRequest("multipart boundary is missing");
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  static List<Part> parse(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(ISO_8859_1);
    byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(ISO_8859_1);
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw malformed();
    }
    List<Part> parts = new ArrayList<>();
    while (true) {
      pos += delimiter.length;
      if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
        return parts;
      }
      pos = skipLinePadding(body, pos);
      int headersEnd = indexOf(body, CRLF_CRLF, pos);
      if (headersEnd < 0) {
        throw malformed();
      }
      String headers = new String(body, pos, headersEnd - pos, UTF_8);
      int contentStart = headersEnd + CRLF_CRLF.length;
      int contentEnd = indexOf(body, nextDelimiter, contentStart);
      if (contentEnd < 0) {
        throw malformed();
      }
      parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
      pos = contentEnd + 2;
    }
  }

  private static Part part(String headers, byte[] content) {
    String name = null;
    String fileName = null;
    String contentType = null;
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (header.equals("content-type")) {
        contentType = value;
      } else if (header.equals("content-disposition")) {
        Matcher m = DISPOSITION_PARAM.matcher(value);
        while (m.find()) {
          String v = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3).trim();
          if (m.group(1).equalsIgnoreCase("name")) {
            name = v;
          } else {
            fileName = v;
          }
        }
      }
    }
    if (name == null) {
      throw malformed();
    }
    return new Part(name, fileName, contentType, content);
  }

  // RFC 2046 allows linear whitespace after the boundary before the line break.
  private static int skipLinePadding(byte[] body, int pos) {
    while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) {
      pos++;
    }
    if (pos + 1 < body.length && body[pos] == '\r' && body[pos + 1] == '\n') {
      return pos + 2;
    }
    throw malformed();
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static BotApiException malformed() {
    return BotApiException.badRequest("can't parse multipart/form-data request");
  }
}
