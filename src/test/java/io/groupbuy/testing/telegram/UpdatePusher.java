package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.groupbuy.testing.telegram.FileRegistry.StoredFile;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds updates the way Telegram shapes them and queues them. A pushed message gets the chat's next
 * message_id and is kept, so the bot can reply to it; the sender becomes a member of the chat.
 */
final class UpdatePusher {
  private final FakeState state;

  UpdatePusher(FakeState state) {
    this.state = state;
  }

  long text(long chatId, String chatType, String chatTitle, FakeUser from, String text) {
    synchronized (state) {
      FakeChat chat = chatWithMember(chatId, chatType, chatTitle, from);
      return enqueue(message(chat, from, text, json -> {
        json.put("text", text);
        putEntities(json, "entities", text);
      }));
    }
  }

  long photo(long chatId, String chatType, String chatTitle, FakeUser from, String fileId, String caption) {
    synchronized (state) {
      List<StoredFile> sizes = state.files.photoSet(fileId);
      if (sizes.isEmpty()) {
        throw new IllegalArgumentException("unknown photo file_id " + fileId + ": use registerPhoto first");
      }
      FakeChat chat = chatWithMember(chatId, chatType, chatTitle, from);
      return enqueue(message(chat, from, caption, json -> {
        ArrayNode photo = json.putArray("photo");
        sizes.forEach(size -> photo.add(size.photoSizeJson()));
        putCaption(json, caption);
      }));
    }
  }

  long document(long chatId, String chatType, String chatTitle, FakeUser from, String fileId, String caption) {
    synchronized (state) {
      StoredFile file = state.files.byId(fileId).orElseThrow(() ->
          new IllegalArgumentException("unknown file_id " + fileId + ": use registerDocument first"));
      FakeChat chat = chatWithMember(chatId, chatType, chatTitle, from);
      return enqueue(message(chat, from, caption, json -> {
        json.set("document", file.documentJson());
        putCaption(json, caption);
      }));
    }
  }

  long newChatMembers(long chatId, String chatType, String chatTitle, FakeUser by, List<FakeUser> members) {
    synchronized (state) {
      FakeChat chat = chatWithMember(chatId, chatType, chatTitle, by);
      for (FakeUser member : members) {
        if (member.id() == state.bot.id()) {
          chat.botStatus = ChatMemberStatus.MEMBER;
        } else {
          state.chats.upsertUser(member);
          chat.roles.put(member.id(), ChatMemberStatus.MEMBER);
        }
      }
      return enqueue(message(chat, by, null, json -> {
        ArrayNode array = json.putArray("new_chat_members");
        members.forEach(member -> array.add(member.json()));
      }));
    }
  }

  long callbackQuery(long chatId, FakeUser from, int messageId, String data) {
    synchronized (state) {
      FakeChat chat = state.chats.known(chatId);
      state.chats.upsertUser(from);
      StoredMessage message = chat.message(messageId).orElseThrow(() ->
          new IllegalArgumentException("no message " + messageId + " in chat " + chatId));
      String id = state.nextCallbackQueryId();
      ObjectNode query = Json.object().put("id", id);
      query.set("from", from.json());
      query.set("message", message.json.deepCopy());
      query.put("chat_instance", String.valueOf(Math.abs(chatId * 31 + state.bot.id())));
      if (data != null) {
        query.put("data", data);
      }
      ObjectNode update = Json.object();
      update.set("callback_query", query);
      int updateId = state.updates.enqueue(update);
      state.callbackQueries.put(id, new FakeState.PendingCallback(updateId, from.id(), data));
      state.callbackQueryIdByUpdate.put((long) updateId, id);
      state.changed();
      return updateId;
    }
  }

  long myChatMember(long chatId, String chatType, String chatTitle, FakeUser by, ChatMemberStatus oldStatus,
      ChatMemberStatus newStatus) {
    synchronized (state) {
      FakeChat chat = chatWithMember(chatId, chatType, chatTitle, by);
      chat.botStatus = newStatus;
      ObjectNode change = Json.object();
      change.set("chat", chat.json());
      change.set("from", by.json());
      change.put("date", state.now().getEpochSecond());
      change.set("old_chat_member", oldStatus.json(state.bot.json()));
      change.set("new_chat_member", newStatus.json(state.bot.json()));
      ObjectNode update = Json.object();
      update.set("my_chat_member", change);
      return enqueue(update);
    }
  }

  long raw(ObjectNode update) {
    synchronized (state) {
      return enqueue(update.deepCopy());
    }
  }

  /** The status a bot ends up in when removed: groups and private chats differ, as in Telegram. */
  static ChatMemberStatus removedStatus(String chatType) {
    return chatType.equals("group") ? ChatMemberStatus.LEFT : ChatMemberStatus.KICKED;
  }

  private FakeChat chatWithMember(long chatId, String chatType, String chatTitle, FakeUser member) {
    state.chats.upsertUser(member);
    FakeChat chat = state.chats.upsert(chatId, chatType, "private".equals(chatType) ? member.firstName() : chatTitle);
    chat.roles.putIfAbsent(member.id(), ChatMemberStatus.MEMBER);
    return chat;
  }

  private ObjectNode message(FakeChat chat, FakeUser from, String text, Consumer<ObjectNode> content) {
    int messageId = chat.nextMessageId();
    ObjectNode json = Json.object().put("message_id", messageId);
    json.set("from", from.json());
    json.set("chat", chat.json());
    json.put("date", state.now().getEpochSecond());
    content.accept(json);
    StoredMessage stored = new StoredMessage(chat.id, messageId, false, "user", state.now(), json);
    stored.rawText = text;
    stored.plainText = text;
    chat.add(stored);
    ObjectNode update = Json.object();
    update.set("message", json.deepCopy());
    return update;
  }

  private long enqueue(ObjectNode update) {
    int updateId = state.updates.enqueue(update);
    state.changed();
    return updateId;
  }

  private static void putCaption(ObjectNode json, String caption) {
    if (caption != null && !caption.isEmpty()) {
      json.put("caption", caption);
      putEntities(json, "caption_entities", caption);
    }
  }

  private static void putEntities(ObjectNode json, String field, String text) {
    List<TextFormatting.Entity> entities = TextFormatting.detect(text);
    if (!entities.isEmpty()) {
      ArrayNode array = json.putArray(field);
      entities.forEach(e -> array.add(e.toJson()));
    }
  }
}
