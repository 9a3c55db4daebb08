package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.function.BiConsumer;

/**
 * editMessageText, editMessageCaption, editMessageReplyMarkup and deleteMessage on messages in a chat.
 * As in Telegram: only the bot's own messages can be edited; an edit that changes nothing is a 400
 * "message is not modified"; an edit without reply_markup removes the inline keyboard.
 */
final class EditMethods {
  private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply"
      + " markup are exactly the same as a current content and reply markup of the message";

  private final FakeState state;

  EditMethods(FakeState state) {
    this.state = state;
  }

  void register(BiConsumer<String, BotApiDispatcher.Handler> registry) {
    registry.accept("editMessageText", this::editMessageText);
    registry.accept("editMessageCaption", this::editMessageCaption);
    registry.accept("editMessageReplyMarkup", this::editMessageReplyMarkup);
    registry.accept("deleteMessage", this::deleteMessage);
  }

  private JsonNode editMessageText(BotApiParams p) {
    int messageId = CallArgs.messageId(p);
    long chatId = CallArgs.chatId(p);
    CallArgs.Content text = CallArgs.text(p);
    JsonNode markup = ReplyMarkup.validateInlineOnly(p.json("reply_markup"));
    synchronized (state) {
      FakeChat chat = state.writableChat(chatId);
      StoredMessage m = editable(chat, messageId);
      if (m.isMedia()) {
        throw BotApiException.badRequest("there is no text in the message to edit");
      }
      boolean sameText = text.plain().equals(m.json.path("text").asText()) && sameEntities(m, text);
      return apply(chat, m, text, markup, sameText, true);
    }
  }

  private JsonNode editMessageCaption(BotApiParams p) {
    int messageId = CallArgs.messageId(p);
    long chatId = CallArgs.chatId(p);
    CallArgs.Content caption = CallArgs.caption(p);
    JsonNode markup = ReplyMarkup.validateInlineOnly(p.json("reply_markup"));
    synchronized (state) {
      FakeChat chat = state.writableChat(chatId);
      StoredMessage m = editable(chat, messageId);
      if (!m.isMedia()) {
        throw BotApiException.badRequest("there is no caption in the message to edit");
      }
      String plain = caption.plain() == null ? "" : caption.plain();
      boolean sameCaption = plain.equals(m.json.path("caption").asText("")) && sameEntities(m, caption);
      return apply(chat, m, caption, markup, sameCaption, true);
    }
  }

  private JsonNode editMessageReplyMarkup(BotApiParams p) {
    int messageId = CallArgs.messageId(p);
    long chatId = CallArgs.chatId(p);
    JsonNode markup = ReplyMarkup.validateInlineOnly(p.json("reply_markup"));
    synchronized (state) {
      FakeChat chat = state.writableChat(chatId);
      StoredMessage m = editable(chat, messageId);
      return apply(chat, m, null, markup, true, false);
    }
  }

  private JsonNode deleteMessage(BotApiParams p) {
    long chatId = CallArgs.chatId(p);
    Integer messageId = p.intValue("message_id");
    if (messageId == null) {
      throw BotApiException.badRequest("message identifier is not specified");
    }
    synchronized (state) {
      FakeChat chat = state.writableChat(chatId);
      StoredMessage m = chat.message(messageId).filter(found -> !found.deleted)
          .orElseThrow(() -> BotApiException.badRequest("message to delete not found"));
      if (!m.fromBot && chat.isGroup() && !chat.botStatus.isAdmin()) {
        throw BotApiException.badRequest("message can't be deleted");
      }
      m.deleted = true;
      state.changed();
      return BooleanNode.TRUE;
    }
  }

  private JsonNode apply(FakeChat chat, StoredMessage m, CallArgs.Content content, JsonNode markup,
      boolean sameContent, boolean contentChanges) {
    boolean sameMarkup = ReplyMarkup.buttons(m.replyMarkup).equals(ReplyMarkup.buttons(markup));
    if (sameContent && sameMarkup) {
      throw BotApiException.badRequest(NOT_MODIFIED);
    }
    state.limiter.acquire(chat.id, chat.isGroup(), System.nanoTime());
    if (contentChanges) {
      m.edit(content.raw(), content.parsed(), content.parseMode(), markup, state.now(), true);
    } else {
      m.edit(null, null, null, markup, state.now(), false);
    }
    state.log.send(chat.id, System.nanoTime(), state.now());
    state.changed();
    return m.json.deepCopy();
  }

  private static StoredMessage editable(FakeChat chat, int messageId) {
    StoredMessage m = chat.message(messageId).filter(found -> !found.deleted)
        .orElseThrow(() -> BotApiException.badRequest("message to edit not found"));
    if (!m.fromBot) {
      throw BotApiException.badRequest("message can't be edited");
    }
    return m;
  }

  private static boolean sameEntities(StoredMessage m, CallArgs.Content content) {
    JsonNode current = m.entities();
    return (current.isMissingNode() ? Json.array() : current).equals(content.entitiesJson());
  }
}
