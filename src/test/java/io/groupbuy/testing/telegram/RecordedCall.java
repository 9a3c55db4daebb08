package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * One Bot API request the fake received, and what it answered.
 *
 * @param sequence 1, 2, 3... in arrival order of the answers
 * @param method the method name as the spec spells it ("sendMessage", "getUpdates"), whatever case the client
 *     used; unknown methods keep the client's spelling; "downloadFile" for GET /file/bot&lt;token&gt;/&lt;path&gt;
 * @param params every parameter as JSON (form and multipart values are strings)
 * @param files uploaded file parts
 * @param httpStatus the status the fake produced; 0 when the connection was dropped before any answer
 * @param response the JSON body the fake produced (null when dropped before answering or for file downloads)
 * @param fault the injected fault that applied to this call, or null
 * @param source "http", or "webhook-reply" for a method returned in the body of a webhook response
 */
public record RecordedCall(long sequence, Instant at, String method, ObjectNode params, List<UploadedFile> files,
    int httpStatus, JsonNode response, Fault fault, String source) {

  /** chat_id as a number, or null when absent or not numeric (e.g. "@channelname"). */
  public Long chatId() {
    JsonNode id = params.get("chat_id");
    if (id == null || id.isNull()) {
      return null;
    }
    try {
      return id.isNumber() ? id.longValue() : Long.valueOf(id.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A parameter's text (JSON text for objects), or null. */
  public String param(String name) {
    JsonNode value = params.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  public boolean ok() {
    return response != null && response.path("ok").asBoolean(false);
  }

  /** error_code of a failed call, or 0. */
  public int errorCode() {
    return response == null ? 0 : response.path("error_code").asInt(0);
  }

  public String description() {
    return response == null ? null : response.path("description").asText(null);
  }
}
