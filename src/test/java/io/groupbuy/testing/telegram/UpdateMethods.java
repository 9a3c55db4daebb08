package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * getUpdates (long polling) and the webhook methods. A getUpdates waits up to timeout seconds for an
 * update; a newer getUpdates ends a waiting one with 409 "terminated by other getUpdates request", as
 * Telegram does when two instances poll; while a webhook is set getUpdates answers 409 too.
 */
final class UpdateMethods {
  private final FakeState state;

  UpdateMethods(FakeState state) {
    this.state = state;
  }

  void register(BiConsumer<String, BotApiDispatcher.Handler> registry) {
    registry.accept("getUpdates", this::getUpdates);
    registry.accept("setWebhook", this::setWebhook);
    registry.accept("deleteWebhook", this::deleteWebhook);
    registry.accept("getWebhookInfo", p -> {
      synchronized (state) {
        return state.updates.webhookInfoJson();
      }
    });
  }

  private JsonNode getUpdates(BotApiParams p) {
    long offset = p.has("offset") ? p.longValue("offset") : 0;
    int limit = p.has("limit") ? Math.max(1, Math.min(100, p.intValue("limit"))) : 100;
    long timeoutSeconds = p.has("timeout") ? Math.max(0, p.longValue("timeout")) : 0;
    JsonNode allowed = allowedUpdates(p);
    synchronized (state) {
      requireNoWebhook();
      long generation = ++state.updates.pollGeneration;
      state.changed();
      state.updates.allowedUpdates(allowed);
      state.updates.confirm(offset);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
      state.updates.activePolls++;
      try {
        while (true) {
          if (state.closed) {
            return Json.array();
          }
          if (generation != state.updates.pollGeneration) {
            throw BotApiException.conflict(
                "terminated by other getUpdates request; make sure that only one bot instance is running");
          }
          requireNoWebhook();
          List<ObjectNode> batch = state.updates.peek(limit);
          long remaining = deadline - System.nanoTime();
          if (!batch.isEmpty() || remaining <= 0) {
            ArrayNode result = Json.array();
            batch.forEach(result::add);
            return result;
          }
          TimeUnit.NANOSECONDS.timedWait(state, remaining);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Json.array();
      } finally {
        state.updates.activePolls--;
        state.changed();
      }
    }
  }

  private JsonNode setWebhook(BotApiParams p) {
    String url = p.text("url");
    if (url == null) {
      throw BotApiException.badRequest("bad webhook: URL must be specified");
    }
    String secret = p.text("secret_token");
    if (secret != null && !secret.isEmpty() && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
      throw BotApiException.badRequest("secret token contains unallowed characters");
    }
    if (!url.isEmpty()) {
      checkWebhookUrl(url);
    }
    Integer maxConnections = p.intValue("max_connections");
    JsonNode allowed = allowedUpdates(p);
    synchronized (state) {
      if (p.flag("drop_pending_updates")) {
        state.updates.clear();
      }
      if (url.isEmpty()) {
        state.updates.deleteWebhook();
      } else {
        state.updates.setWebhook(url, secret == null || secret.isEmpty() ? null : secret,
            maxConnections == null ? 40 : Math.max(1, Math.min(100, maxConnections)));
      }
      state.updates.allowedUpdates(allowed);
      state.changed();
    }
    return BooleanNode.TRUE;
  }

  private JsonNode deleteWebhook(BotApiParams p) {
    synchronized (state) {
      if (p.flag("drop_pending_updates")) {
        state.updates.clear();
      }
      state.updates.deleteWebhook();
      state.changed();
    }
    return BooleanNode.TRUE;
  }

  // Telegram wants HTTPS on ports 443/80/88/8443; the fake, like a local Bot API server, takes any http(s) URL.
  private static void checkWebhookUrl(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw BotApiException.badRequest("bad webhook: Failed to resolve host: Name or service not known");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw BotApiException.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }
    if (uri.getHost() == null) {
      throw BotApiException.badRequest("bad webhook: Failed to resolve host: Name or service not known");
    }
  }

  private static JsonNode allowedUpdates(BotApiParams p) {
    JsonNode allowed = p.json("allowed_updates");
    if (allowed != null && !allowed.isArray()) {
      throw BotApiException.badRequest("can't parse allowed_updates JSON array");
    }
    return allowed;
  }

  private void requireNoWebhook() {
    if (state.updates.webhookUrl() != null) {
      throw BotApiException.conflict(
          "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
  }
}
