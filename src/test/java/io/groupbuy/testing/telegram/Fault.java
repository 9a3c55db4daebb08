package io.groupbuy.testing.telegram;

import java.time.Duration;

/** A failure to inject into the next calls of a method, see {@link TelegramBotApiFake#failNext}. */
public sealed interface Fault {
  /** Answers {"ok":false,"error_code":status,"description":description} with that HTTP status; nothing happens. */
  record HttpError(int status, String description) implements Fault {}

  /** Answers 429 with parameters.retry_after; nothing happens. */
  record TooManyRequests(int retryAfterSeconds) implements Fault {}

  /** Answers a raw body (e.g. nginx's HTML "502 Bad Gateway"); nothing happens. */
  record RawResponse(int status, String contentType, String body) implements Fault {}

  /** Waits, then handles the call normally. */
  record Delay(Duration delay) implements Fault {}

  /** Handles the call (it takes effect), then waits before answering: provokes client timeouts after success. */
  record DelayResponse(Duration delay) implements Fault {}

  /** Closes the connection without an answer; the call has no effect. */
  record DropConnection() implements Fault {}

  /** Handles the call (it takes effect, e.g. the message is sent), then closes the connection without an answer. */
  record DropResponse() implements Fault {}

  static Fault serverError() {
    return new HttpError(500, "Internal Server Error");
  }

  static Fault httpError(int status, String description) {
    return new HttpError(status, description);
  }

  static Fault badGateway() {
    return new RawResponse(502, "text/html",
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>"
            + "\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
  }

  static Fault tooManyRequests(int retryAfterSeconds) {
    return new TooManyRequests(retryAfterSeconds);
  }

  static Fault delay(Duration delay) {
    return new Delay(delay);
  }

  static Fault delayResponse(Duration delay) {
    return new DelayResponse(delay);
  }

  static Fault dropConnection() {
    return new DropConnection();
  }

  static Fault dropResponse() {
    return new DropResponse();
  }
}
