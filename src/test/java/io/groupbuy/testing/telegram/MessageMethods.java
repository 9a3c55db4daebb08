package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.groupbuy.testing.telegram.FileRegistry.StoredFile;
import java.net.URI;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * sendMessage, sendPhoto and sendDocument. Order of checks as Telegram: parameters and markup first, then
 * the chat (400 "chat not found", 403 when the bot was removed), then the reply target, then flood limits.
 */
final class MessageMethods {
  private final FakeState state;

  MessageMethods(FakeState state) {
    this.state = state;
  }

  void register(BiConsumer<String, BotApiDispatcher.Handler> registry) {
    registry.accept("sendMessage", this::sendMessage);
    registry.accept("sendPhoto", this::sendPhoto);
    registry.accept("sendDocument", this::sendDocument);
  }

  private JsonNode sendMessage(BotApiParams p) {
    long chatId = CallArgs.chatId(p);
    CallArgs.Content text = CallArgs.text(p);
    JsonNode markup = ReplyMarkup.validate(p.json("reply_markup"));
    synchronized (state) {
      FakeChat chat = state.writableChat(chatId);
      StoredMessage replyTo = replyTarget(p, chat);
      StoredMessage m = newMessage(chat, "sendMessage", text, markup, replyTo);
      m.json.put("text", text.plain());
      if (!text.parsed().entities().isEmpty()) {
        m.json.set("entities", text.entitiesJson());
      }
      return commit(chat, m, markup);
    }
  }

  private JsonNode sendPhoto(BotApiParams p) {
    long chatId = CallArgs.chatId(p);
    BotApiParams.FileRef photo = p.file("photo");
    if (photo == null) {
      throw BotApiException.badRequest("there is no photo in the request");
    }
    CallArgs.Content caption = CallArgs.caption(p);
    JsonNode markup = ReplyMarkup.validate(p.json("reply_markup"));
    if (photo.upload() != null && !ImageProbe.isImage(photo.upload().bytes())) {
      throw BotApiException.badRequest("IMAGE_PROCESS_FAILED");
    }
    synchronized (state) {
      FakeChat chat = state.writableChat(chatId);
      StoredMessage replyTo = replyTarget(p, chat);
      List<StoredFile> known = photo.upload() == null && !isUrl(photo.reference())
          ? state.files.photoSet(photo.reference()) : List.of();
      if (photo.upload() == null && !isUrl(photo.reference()) && known.isEmpty()) {
        throw BotApiException.badRequest("wrong file identifier/HTTP URL specified");
      }
      StoredMessage m = newMessage(chat, "sendPhoto", caption, markup, replyTo);
      List<StoredFile> sizes = !known.isEmpty() ? known
          : state.files.addPhoto(photo.upload() != null ? photo.upload().bytes() : new byte[0]);
      ArrayNode sizesJson = m.json.putArray("photo");
      sizes.forEach(size -> sizesJson.add(size.photoSizeJson()));
      m.upload = photo.upload();
      m.mediaRef = photo.reference();
      m.fileId = sizes.get(sizes.size() - 1).fileId();
      putCaption(m.json, caption);
      return commit(chat, m, markup);
    }
  }

  private JsonNode sendDocument(BotApiParams p) {
    long chatId = CallArgs.chatId(p);
    BotApiParams.FileRef document = p.file("document");
    if (document == null) {
      throw BotApiException.badRequest("there is no document in the request");
    }
    CallArgs.Content caption = CallArgs.caption(p);
    JsonNode markup = ReplyMarkup.validate(p.json("reply_markup"));
    synchronized (state) {
      FakeChat chat = state.writableChat(chatId);
      StoredMessage replyTo = replyTarget(p, chat);
      StoredFile known = null;
      if (document.upload() == null && !isUrl(document.reference())) {
        known = state.files.byId(document.reference())
            .orElseThrow(() -> BotApiException.badRequest("wrong file identifier/HTTP URL specified"));
      }
      StoredMessage m = newMessage(chat, "sendDocument", caption, markup, replyTo);
      StoredFile file = known != null ? known : register(document);
      m.json.set("document", file.documentJson());
      m.upload = document.upload();
      m.mediaRef = document.reference();
      m.fileId = file.fileId();
      putCaption(m.json, caption);
      return commit(chat, m, markup);
    }
  }

  private StoredFile register(BotApiParams.FileRef document) {
    UploadedFile upload = document.upload();
    if (upload == null) {
      String path = URI.create(document.reference()).getPath();
      String name = path == null || path.isEmpty() ? "file" : path.substring(path.lastIndexOf('/') + 1);
      return state.files.addDocument(new byte[0], name, FileRegistry.mimeFor(name));
    }
    boolean generic = upload.contentType() == null || upload.contentType().startsWith("application/octet-stream");
    return state.files.addDocument(upload.bytes(), upload.fileName(),
        generic ? FileRegistry.mimeFor(upload.fileName()) : upload.contentType());
  }

  /** Takes a send from the flood limiter, then builds the common part of the Message. Holds the lock. */
  private StoredMessage newMessage(FakeChat chat, String method, CallArgs.Content content, JsonNode markup,
      StoredMessage replyTo) {
    state.limiter.acquire(chat.id, chat.isGroup(), System.nanoTime());
    int messageId = chat.nextMessageId();
    ObjectNode json = Json.object().put("message_id", messageId);
    json.set("from", state.bot.json());
    json.set("chat", chat.json());
    json.put("date", state.now().getEpochSecond());
    if (replyTo != null) {
      ObjectNode quoted = replyTo.json.deepCopy();
      quoted.remove("reply_to_message");
      json.set("reply_to_message", quoted);
    }
    StoredMessage m = new StoredMessage(chat.id, messageId, true, method, state.now(), json);
    m.rawText = content.raw();
    m.plainText = content.plain();
    m.parseMode = content.parseMode();
    m.replyMarkup = markup;
    m.replyToMessageId = replyTo == null ? null : replyTo.messageId;
    return m;
  }

  private JsonNode commit(FakeChat chat, StoredMessage m, JsonNode markup) {
    if (ReplyMarkup.isInline(markup)) {
      m.json.set("reply_markup", markup.deepCopy());
    }
    chat.add(m);
    state.log.send(chat.id, System.nanoTime(), m.sentAt);
    state.changed();
    return m.json.deepCopy();
  }

  private StoredMessage replyTarget(BotApiParams p, FakeChat chat) {
    Integer target = null;
    boolean allowWithout = p.flag("allow_sending_without_reply");
    JsonNode parameters = p.json("reply_parameters");
    if (parameters != null && parameters.hasNonNull("message_id")) {
      target = parameters.get("message_id").asInt();
      allowWithout |= parameters.path("allow_sending_without_reply").asBoolean(false);
    } else if (p.has("reply_to_message_id")) {
      target = p.intValue("reply_to_message_id");
    }
    if (target == null) {
      return null;
    }
    StoredMessage found = chat.message(target).filter(m -> !m.deleted).orElse(null);
    if (found == null && !allowWithout) {
      throw BotApiException.badRequest("message to be replied not found");
    }
    return found;
  }

  static void putCaption(ObjectNode json, CallArgs.Content caption) {
    if (caption.parsed() != null && !caption.plain().isEmpty()) {
      json.put("caption", caption.plain());
      if (!caption.parsed().entities().isEmpty()) {
        json.set("caption_entities", caption.entitiesJson());
      }
    }
  }

  private static boolean isUrl(String reference) {
    return reference != null && (reference.startsWith("http://") || reference.startsWith("https://"));
  }
}
