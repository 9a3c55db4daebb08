package io.groupbuy.testing.telegram;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side: {@code /bot<token>/<method>} (GET or POST) and {@code GET /file/bot<token>/<file_path>}.
 * Applies injected faults around the dispatcher. Closing an exchange before sending headers makes the JDK
 * server close the connection, which is how a dropped connection is produced.
 */
final class BotApiHttpHandler implements HttpHandler {
  private static final Pattern METHOD_PATH = Pattern.compile("^/bot([^/]+)/([^/]+)/?$");
  private static final Pattern FILE_PATH = Pattern.compile("^/file/bot([^/]+)/(.+)$");

  private final FakeState state;
  private final BotApiDispatcher dispatcher;

  BotApiHttpHandler(FakeState state, BotApiDispatcher dispatcher) {
    this.state = state;
    this.dispatcher = dispatcher;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      Matcher file = FILE_PATH.matcher(path);
      if (file.matches()) {
        serveFile(exchange, decode(file.group(1)), decode(file.group(2)));
        return;
      }
      Matcher call = METHOD_PATH.matcher(path);
      if (!call.matches()) {
        sendJson(exchange, 404, BotApiException.notFound().toJson());
        return;
      }
      handleCall(exchange, decode(call.group(1)), decode(call.group(2)), body);
    }
  }

  private void handleCall(HttpExchange exchange, String token, String method, byte[] body) throws IOException {
    BotApiParams params;
    try {
      params = BotApiParams.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body,
          exchange.getRequestURI().getRawQuery());
    } catch (BotApiException e) {
      params = null;
      if (token.equals(state.token)) {
        reply(exchange, dispatcher.reject(method, null, e, null));
        return;
      }
    }
    if (!token.equals(state.token)) {
      reply(exchange, dispatcher.reject(method, params, BotApiException.unauthorized(), null));
      return;
    }
    Fault fault;
    synchronized (state) {
      fault = state.faults.next(method);
    }
    if (fault instanceof Fault.Delay delay) {
      sleep(delay.delay());
    } else if (fault instanceof Fault.DropConnection) {
      dispatcher.record(method, params, 0, null, fault, "http");
      return;
    } else if (fault instanceof Fault.HttpError error) {
      reply(exchange, dispatcher.reject(method, params, new BotApiException(error.status(), error.description(), null),
          fault));
      return;
    } else if (fault instanceof Fault.TooManyRequests tooMany) {
      reply(exchange, dispatcher.reject(method, params, BotApiException.tooManyRequests(tooMany.retryAfterSeconds()),
          fault));
      return;
    } else if (fault instanceof Fault.RawResponse raw) {
      dispatcher.record(method, params, raw.status(), null, fault, "http");
      send(exchange, raw.status(), raw.contentType(), raw.body().getBytes(UTF_8));
      return;
    }
    BotApiDispatcher.Outcome outcome = dispatcher.invoke(method, params, fault, "http");
    if (fault instanceof Fault.DelayResponse delay) {
      sleep(delay.delay());
    } else if (fault instanceof Fault.DropResponse) {
      return;
    }
    reply(exchange, outcome);
  }

  private void serveFile(HttpExchange exchange, String token, String filePath) throws IOException {
    Optional<FileRegistry.StoredFile> file;
    synchronized (state) {
      file = token.equals(state.token) ? state.files.byPath(filePath) : Optional.empty();
    }
    int status = file.isPresent() ? 200 : 404;
    ObjectNode params = Json.object().put("file_path", filePath);
    dispatcher.record("downloadFile", BotApiParams.ofJson(params), status, null, null, "http");
    if (file.isEmpty()) {
      sendJson(exchange, 404, BotApiException.notFound().toJson());
      return;
    }
    send(exchange, 200, file.get().mimeType(), file.get().bytes());
  }

  private static void reply(HttpExchange exchange, BotApiDispatcher.Outcome outcome) throws IOException {
    sendJson(exchange, outcome.status(), outcome.body());
  }

  private static void sendJson(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    send(exchange, status, "application/json", Json.bytes(body));
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().put("Content-Type", List.of(contentType));
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), UTF_8);
  }
}
