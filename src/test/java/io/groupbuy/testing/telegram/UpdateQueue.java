package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Unconfirmed updates and the webhook setting. getUpdates semantics of the spec: an update is confirmed
 * (dropped) once getUpdates is called with an offset higher than its update_id; a negative offset keeps only
 * the last -offset updates. allowed_updates filters when an update is created, so changing it does not affect
 * updates already queued. Guarded by the state lock.
 */
final class UpdateQueue {
  /** What an empty allowed_updates list means: everything except these. */
  static final Set<String> NOT_DELIVERED_BY_DEFAULT =
      Set.of("chat_member", "message_reaction", "message_reaction_count");

  private final ArrayDeque<ObjectNode> pending = new ArrayDeque<>();
  private int nextUpdateId;
  private List<String> allowedUpdates = List.of();
  long pollGeneration;
  int activePolls;
  private String webhookUrl;
  private String secretToken;
  private int maxConnections = 40;
  private long lastErrorDate;
  private String lastErrorMessage;

  UpdateQueue(int firstUpdateId) {
    this.nextUpdateId = firstUpdateId;
  }

  /** Assigns the next update_id; the update is queued unless allowed_updates excludes its type. */
  int enqueue(ObjectNode body) {
    int updateId = nextUpdateId++;
    ObjectNode update = Json.object().put("update_id", updateId);
    body.fields().forEachRemaining(field -> {
      if (!field.getKey().equals("update_id")) {
        update.set(field.getKey(), field.getValue());
      }
    });
    if (isAllowed(typeOf(update))) {
      pending.addLast(update);
    }
    return updateId;
  }

  void confirm(long offset) {
    if (offset > 0) {
      while (!pending.isEmpty() && pending.peekFirst().get("update_id").asLong() < offset) {
        pending.removeFirst();
      }
    } else if (offset < 0) {
      while (pending.size() > -offset) {
        pending.removeFirst();
      }
    }
  }

  List<ObjectNode> peek(int limit) {
    List<ObjectNode> result = new ArrayList<>();
    Iterator<ObjectNode> it = pending.iterator();
    while (it.hasNext() && result.size() < limit) {
      result.add(it.next().deepCopy());
    }
    return result;
  }

  ObjectNode head() {
    return pending.isEmpty() ? null : pending.peekFirst().deepCopy();
  }

  void removeIfHead(int updateId) {
    if (!pending.isEmpty() && pending.peekFirst().get("update_id").asInt() == updateId) {
      pending.removeFirst();
    }
  }

  void clear() {
    pending.clear();
  }

  int size() {
    return pending.size();
  }

  void allowedUpdates(JsonNode list) {
    if (list == null) {
      return;
    }
    List<String> types = new ArrayList<>();
    list.forEach(type -> types.add(type.asText()));
    allowedUpdates = List.copyOf(types);
  }

  List<String> allowedUpdates() {
    return allowedUpdates;
  }

  void setWebhook(String url, String secret, int maxConnections) {
    this.webhookUrl = url;
    this.secretToken = secret;
    this.maxConnections = maxConnections;
    this.lastErrorDate = 0;
    this.lastErrorMessage = null;
  }

  void deleteWebhook() {
    setWebhook(null, null, 40);
  }

  String webhookUrl() {
    return webhookUrl;
  }

  String secretToken() {
    return secretToken;
  }

  void webhookError(long epochSecond, String message) {
    lastErrorDate = epochSecond;
    lastErrorMessage = message;
  }

  ObjectNode webhookInfoJson() {
    ObjectNode info = Json.object().put("url", webhookUrl == null ? "" : webhookUrl)
        .put("has_custom_certificate", false).put("pending_update_count", pending.size());
    if (webhookUrl != null) {
      info.put("max_connections", maxConnections);
      if (!allowedUpdates.isEmpty()) {
        ArrayNode types = info.putArray("allowed_updates");
        allowedUpdates.forEach(types::add);
      }
      if (lastErrorMessage != null) {
        info.put("last_error_date", lastErrorDate).put("last_error_message", lastErrorMessage);
      }
    }
    return info;
  }

  static String typeOf(ObjectNode update) {
    Iterator<String> names = update.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.equals("update_id")) {
        return name;
      }
    }
    return "";
  }

  private boolean isAllowed(String type) {
    return allowedUpdates.isEmpty() ? !NOT_DELIVERED_BY_DEFAULT.contains(type) : allowedUpdates.contains(type);
  }
}
