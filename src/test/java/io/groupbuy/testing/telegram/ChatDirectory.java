package io.groupbuy.testing.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Chats and users the fake knows, from pushes and test configuration. Guarded by the state lock. */
final class ChatDirectory {
  private final Map<Long, FakeChat> chats = new HashMap<>();
  private final Map<Long, FakeUser> users = new HashMap<>();

  FakeChat upsert(long chatId, String type, String title) {
    FakeChat chat = chats.get(chatId);
    if (chat == null) {
      chat = new FakeChat(chatId, type, title);
      chats.put(chatId, chat);
    } else {
      if (type != null) {
        chat.type = type;
      }
      if (title != null) {
        chat.title = title;
      }
    }
    return chat;
  }

  Optional<FakeChat> find(long chatId) {
    return Optional.ofNullable(chats.get(chatId));
  }

  /** The chat for a Bot API call; Telegram answers "chat not found" for chats the bot has never seen. */
  FakeChat require(long chatId) {
    FakeChat chat = chats.get(chatId);
    if (chat == null) {
      throw BotApiException.badRequest("chat not found");
    }
    return chat;
  }

  /** A chat for a test helper; an unknown chat is a mistake in the test. */
  FakeChat known(long chatId) {
    FakeChat chat = chats.get(chatId);
    if (chat == null) {
      throw new IllegalArgumentException("unknown chat " + chatId + ": push an update into it or call addChat first");
    }
    return chat;
  }

  FakeUser upsertUser(FakeUser user) {
    users.put(user.id(), user);
    return user;
  }

  Optional<FakeUser> user(long userId) {
    return Optional.ofNullable(users.get(userId));
  }

  FakeUser knownUser(long userId) {
    return user(userId).orElseThrow(() -> new IllegalArgumentException(
        "unknown user " + userId + ": push an update from them or call addUser first"));
  }
}
