package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Sends queued updates to the webhook one at a time, in order, with X-Telegram-Bot-Api-Secret-Token when a
 * secret is set. A non-2xx answer or a network error is retried with exponential backoff; after the last
 * attempt the update is dropped, as Telegram "gives up after a reasonable amount of attempts". A 2xx answer
 * whose JSON body names a method is executed, as the spec allows for webhook replies.
 */
final class WebhookDeliverer implements Runnable {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final FakeState state;
  private final BotApiDispatcher dispatcher;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Thread thread;

  private record Result(int status, String error, String body, String contentType) {}

  WebhookDeliverer(FakeState state, BotApiDispatcher dispatcher) {
    this.state = state;
    this.dispatcher = dispatcher;
    this.thread = new Thread(this, "telegram-fake-webhook");
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  void stop() throws InterruptedException {
    thread.interrupt();
    thread.join(TimeUnit.SECONDS.toMillis(5));
  }

  @Override
  public void run() {
    int lastUpdateId = Integer.MIN_VALUE;
    int attempt = 0;
    try {
      while (true) {
        ObjectNode update;
        String url;
        String secret;
        synchronized (state) {
          while (!state.closed && (state.updates.webhookUrl() == null || state.updates.size() == 0)) {
            state.wait();
          }
          if (state.closed) {
            return;
          }
          update = state.updates.head();
          url = state.updates.webhookUrl();
          secret = state.updates.secretToken();
        }
        int updateId = update.get("update_id").asInt();
        attempt = updateId == lastUpdateId ? attempt + 1 : 1;
        lastUpdateId = updateId;
        Result result = post(url, secret, update);
        if (!settle(updateId, attempt, result)) {
          continue;
        }
        if (result.error() == null) {
          runReply(result);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Records the attempt; returns true when the update is done with (delivered or given up). */
  private boolean settle(int updateId, int attempt, Result result) throws InterruptedException {
    synchronized (state) {
      state.log.webhookAttempt(new WebhookAttempt(updateId, attempt, result.status(), result.error(), state.now()));
      boolean done = result.error() == null || attempt >= state.webhookMaxAttempts;
      if (result.error() != null) {
        state.updates.webhookError(state.now().getEpochSecond(), result.error());
      }
      if (done) {
        state.updates.removeIfHead(updateId);
      }
      state.changed();
      if (!done) {
        long backoff = state.webhookFirstBackoff.toNanos() << Math.min(20, attempt - 1);
        long deadline = System.nanoTime() + backoff;
        long remaining;
        while (!state.closed && (remaining = deadline - System.nanoTime()) > 0) {
          TimeUnit.NANOSECONDS.timedWait(state, remaining);
        }
      }
      return done;
    }
  }

  private Result post(String url, String secret, ObjectNode update) throws InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(update)));
    if (secret != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      if (status / 100 == 2) {
        return new Result(status, null, response.body(), contentType);
      }
      return new Result(status, "Wrong response from the webhook: " + status + " " + reason(status), null, null);
    } catch (IOException e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Result(0, "Connection failed: " + detail, null, null);
    }
  }

  private void runReply(Result result) {
    if (result.body() == null || result.body().isBlank() || !result.contentType().contains("json")) {
      return;
    }
    try {
      JsonNode reply = Json.parse(result.body());
      if (reply instanceof ObjectNode call && call.hasNonNull("method")) {
        String method = call.get("method").asText();
        ObjectNode params = call.deepCopy();
        params.remove("method");
        dispatcher.invoke(method, BotApiParams.ofJson(params), null, "webhook-reply");
      }
    } catch (IOException e) {
      // Telegram ignores a webhook answer it cannot read.
    }
  }

  private static String reason(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      default: return "";
    }
  }
}
