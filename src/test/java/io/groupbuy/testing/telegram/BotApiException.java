package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An error the fake answers with; its shape is the Bot API error body, and the HTTP status equals error_code. */
final class BotApiException extends RuntimeException {
  private final int errorCode;
  private final Integer retryAfter;

  BotApiException(int errorCode, String description, Integer retryAfter) {
    super(description, null, false, false);
    this.errorCode = errorCode;
    this.retryAfter = retryAfter;
  }

  static BotApiException badRequest(String detail) {
    return new BotApiException(400, "Bad Request: " + detail, null);
  }

  static BotApiException unauthorized() {
    return new BotApiException(401, "Unauthorized", null);
  }

  static BotApiException forbidden(String detail) {
    return new BotApiException(403, "Forbidden: " + detail, null);
  }

  static BotApiException notFound() {
    return new BotApiException(404, "Not Found", null);
  }

  static BotApiException conflict(String detail) {
    return new BotApiException(409, "Conflict: " + detail, null);
  }

  static BotApiException tooManyRequests(int retryAfterSeconds) {
    return new BotApiException(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
  }

  int errorCode() {
    return errorCode;
  }

  String description() {
    return getMessage();
  }

  ObjectNode toJson() {
    ObjectNode body = Json.object().put("ok", false).put("error_code", errorCode).put("description", description());
    if (retryAfter != null) {
      body.putObject("parameters").put("retry_after", retryAfter);
    }
    return body;
  }
}
