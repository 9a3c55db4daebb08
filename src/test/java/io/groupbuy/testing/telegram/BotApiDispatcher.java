package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Routes a method name (case-insensitive, as Telegram matches it) to its handler and records every call.
 * Unknown methods get 404 {"ok":false,"error_code":404,"description":"Not Found"}.
 */
final class BotApiDispatcher {
  /** A Bot API method: returns the "result" value, or throws {@link BotApiException}. */
  @FunctionalInterface
  interface Handler {
    JsonNode handle(BotApiParams params);
  }

  /** The HTTP status and JSON body of an answer. */
  record Outcome(int status, ObjectNode body) {}

  private final FakeState state;
  private final Map<String, Handler> handlers = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  BotApiDispatcher(FakeState state) {
    this.state = state;
    new UpdateMethods(state).register(this::register);
    new MessageMethods(state).register(this::register);
    new EditMethods(state).register(this::register);
    new ChatMethods(state).register(this::register);
  }

  private void register(String name, Handler handler) {
    handlers.put(name.toLowerCase(Locale.ROOT), handler);
    names.put(name.toLowerCase(Locale.ROOT), name);
  }

  /** The spec's spelling of a method name the client sent in any case. */
  String canonical(String method) {
    return names.getOrDefault(method.toLowerCase(Locale.ROOT), method);
  }

  Outcome invoke(String method, BotApiParams params, Fault fault, String source) {
    Outcome outcome;
    try {
      Handler handler = handlers.get(method.toLowerCase(Locale.ROOT));
      if (handler == null) {
        throw BotApiException.notFound();
      }
      outcome = new Outcome(200, Json.ok(handler.handle(params)));
    } catch (BotApiException e) {
      outcome = new Outcome(e.errorCode(), e.toJson());
    } catch (RuntimeException e) {
      // A bug in the fake must not look like a Telegram answer the bot could reasonably handle.
      e.printStackTrace();
      outcome = new Outcome(500, new BotApiException(500, "Internal Server Error: fake failed: " + e, null).toJson());
    }
    record(method, params, outcome.status(), outcome.body(), fault, source);
    return outcome;
  }

  /** Answers without running the method (wrong token, unparsable body, injected error). */
  Outcome reject(String method, BotApiParams params, BotApiException error, Fault fault) {
    Outcome outcome = new Outcome(error.errorCode(), error.toJson());
    record(method, params, outcome.status(), outcome.body(), fault, "http");
    return outcome;
  }

  void record(String method, BotApiParams params, int status, JsonNode body, Fault fault, String source) {
    synchronized (state) {
      state.log.record(state.now(), canonical(method), params == null ? Json.object() : params.values(),
          params == null ? List.of() : params.files(), status, body, fault, source);
      state.changed();
    }
  }
}
