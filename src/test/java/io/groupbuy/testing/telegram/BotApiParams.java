package io.groupbuy.testing.telegram;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of one Bot API call, whichever way they came: query string, JSON body, urlencoded form or
 * multipart form. Form values are strings, so every accessor also accepts a value's text form, and
 * structured fields (reply_markup, allowed_updates, commands) may be JSON text, as the spec allows.
 */
final class BotApiParams {
  /** A file parameter: either an uploaded part or a reference (file_id or HTTP URL). */
  record FileRef(UploadedFile upload, String reference) {}

  private final ObjectNode values;
  private final Map<String, UploadedFile> files;

  BotApiParams(ObjectNode values, Map<String, UploadedFile> files) {
    this.values = values;
    this.files = files;
  }

  static BotApiParams parse(String contentType, byte[] body, String rawQuery) {
    ObjectNode values = Json.object();
    Map<String, UploadedFile> files = new LinkedHashMap<>();
    putForm(values, rawQuery);
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (body.length == 0) {
      return new BotApiParams(values, files);
    }
    if (type.startsWith("multipart/form-data")) {
      for (MultipartParser.Part part : MultipartParser.parse(body, MultipartParser.boundary(contentType))) {
        if (part.isFile()) {
          files.put(part.name(), new UploadedFile(part.name(), part.fileName(), part.contentType(), part.body()));
        } else {
          values.put(part.name(), part.text());
        }
      }
    } else if (type.startsWith("application/x-www-form-urlencoded")) {
      putForm(values, new String(body, UTF_8));
    } else if (type.startsWith("application/json") || (type.isEmpty() && body[0] == '{')) {
      values.setAll(jsonObject(new String(body, UTF_8)));
    }
    return new BotApiParams(values, files);
  }

  static BotApiParams ofJson(ObjectNode values) {
    return new BotApiParams(values.deepCopy(), Map.of());
  }

  ObjectNode values() {
    return values.deepCopy();
  }

  List<UploadedFile> files() {
    return new ArrayList<>(files.values());
  }

  boolean has(String name) {
    return node(name) != null || files.containsKey(name);
  }

  String text(String name) {
    JsonNode node = node(name);
    if (node == null) {
      return null;
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  Long longValue(String name) {
    JsonNode node = node(name);
    if (node == null) {
      return null;
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    try {
      return Long.parseLong(node.asText().trim());
    } catch (NumberFormatException e) {
      throw BotApiException.badRequest("invalid " + name + " specified");
    }
  }

  Integer intValue(String name) {
    Long value = longValue(name);
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw BotApiException.badRequest("invalid " + name + " specified");
    }
    return value.intValue();
  }

  boolean flag(String name) {
    JsonNode node = node(name);
    if (node == null) {
      return false;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    String text = node.asText().trim();
    return text.equalsIgnoreCase("true") || text.equals("1");
  }

  /** A structured parameter: a JSON object or array, or its JSON text (form and multipart requests). */
  JsonNode json(String name) {
    JsonNode node = node(name);
    if (node == null || node.isContainerNode()) {
      return node;
    }
    try {
      return Json.parse(node.asText());
    } catch (JsonProcessingException e) {
      throw BotApiException.badRequest("can't parse " + name + " JSON object");
    }
  }

  /** A file parameter, resolving {@code attach://name} and plain file parts named like the parameter. */
  FileRef file(String name) {
    if (files.containsKey(name)) {
      return new FileRef(files.get(name), null);
    }
    return resolve(text(name));
  }

  /** A file reference from inside a JSON parameter (InputMedia.media): attach://name, file_id or URL. */
  FileRef resolve(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.startsWith("attach://")) {
      UploadedFile upload = files.get(value.substring("attach://".length()));
      return upload == null ? null : new FileRef(upload, null);
    }
    return new FileRef(null, value);
  }

  private JsonNode node(String name) {
    JsonNode node = values.get(name);
    return node == null || node.isNull() ? null : node;
  }

  private static ObjectNode jsonObject(String text) {
    try {
      JsonNode node = Json.parse(text);
      if (node instanceof ObjectNode object) {
        return object;
      }
    } catch (JsonProcessingException e) {
      // answered below like any other unusable body
    }
    throw BotApiException.badRequest("can't parse JSON object");
  }

  private static void putForm(ObjectNode values, String form) {
    if (form == null || form.isEmpty()) {
      return;
    }
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8);
      values.put(key, value);
    }
  }
}
