package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A chat: type and title, who has which role, the bot's own status, and its messages. Under the state lock. */
final class FakeChat {
  final long id;
  String type;
  String title;
  ChatMemberStatus botStatus = ChatMemberStatus.MEMBER;
  final Map<Long, ChatMemberStatus> roles = new LinkedHashMap<>();
  private final Map<Integer, StoredMessage> messages = new TreeMap<>();
  private int nextMessageId = 1;

  FakeChat(long id, String type, String title) {
    if (!List.of("private", "group", "supergroup", "channel").contains(type)) {
      throw new IllegalArgumentException("chat type must be private, group, supergroup or channel: " + type);
    }
    this.id = id;
    this.type = type;
    this.title = title;
  }

  boolean isGroup() {
    return type.equals("group") || type.equals("supergroup");
  }

  /** Message ids are per chat in Telegram, shared by the bot's and the users' messages. */
  int nextMessageId() {
    return nextMessageId++;
  }

  void add(StoredMessage message) {
    messages.put(message.messageId, message);
  }

  Optional<StoredMessage> message(int messageId) {
    return Optional.ofNullable(messages.get(messageId));
  }

  List<StoredMessage> botMessages() {
    List<StoredMessage> result = new ArrayList<>();
    for (StoredMessage m : messages.values()) {
      if (m.fromBot) {
        result.add(m);
      }
    }
    return result;
  }

  ObjectNode json() {
    ObjectNode json = Json.object().put("id", id).put("type", type);
    if (type.equals("private")) {
      json.put("first_name", title == null ? "User" : title);
    } else {
      json.put("title", title == null ? "Chat " + id : title);
    }
    return json;
  }

  /** ChatFullInfo with the fields the spec marks required. */
  ObjectNode fullInfoJson() {
    ObjectNode json = json().put("accent_color_id", 0).put("max_reaction_count", 11);
    json.putObject("accepted_gift_types").put("unlimited_gifts", false).put("limited_gifts", false)
        .put("unique_gifts", false).put("premium_subscription", false).put("gifts_from_channels", false);
    return json;
  }

  /** Why the bot can't post here, as Telegram words it, or null when it can. */
  String forbiddenReason() {
    if (botStatus.isPresent()) {
      return null;
    }
    if (type.equals("private")) {
      return "bot was blocked by the user";
    }
    String kind = type.equals("group") ? "group chat" : type.equals("supergroup") ? "supergroup chat" : "channel chat";
    return botStatus == ChatMemberStatus.KICKED ? "bot was kicked from the " + kind
        : "bot is not a member of the " + kind;
  }
}
