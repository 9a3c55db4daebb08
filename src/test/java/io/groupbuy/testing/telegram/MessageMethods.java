package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.groupbuy.testing.telegram.FileRegistry.StoredFile;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * sendMessage, sendPhoto, sendDocument and sendMediaGroup. Order of checks as Telegram: parameters and markup
 * first, then the chat (400 "chat not found", 403 when the bot was removed), the reply target, and last the
 * flood limits; an album counts as one send.
 */
final class MessageMethods {
  private static final int MIN_ALBUM = 2;
  private static final int MAX_ALBUM = 10;

  /** Media checked up front; registered with the message only once the send is allowed. */
  private interface Attachment {
    void attachTo(StoredMessage message);
  }

  private final FakeState state;
  private long nextMediaGroupId = 13_000_000_000_000_000L;

  MessageMethods(FakeState state) {
    this.state = state;
  }

  void register(BiConsumer<String, BotApiDispatcher.Handler> registry) {
    registry.accept("sendMessage", this::sendMessage);
    registry.accept("sendPhoto", p -> sendMedia(p, "photo"));
    registry.accept("sendDocument", p -> sendMedia(p, "document"));
    registry.accept("sendMediaGroup", this::sendMediaGroup);
  }

  private JsonNode sendMessage(BotApiParams p) {
    long chatId = CallArgs.chatId(p);
    CallArgs.Content text = CallArgs.text(p);
    JsonNode markup = ReplyMarkup.validate(p.json("reply_markup"));
    synchronized (state) {
      FakeChat chat = state.writableChat(chatId);
      StoredMessage replyTo = replyTarget(p, chat);
      acquire(chat);
      StoredMessage m = newMessage(chat, "sendMessage", text, markup, replyTo);
      m.json.put("text", text.plain());
      if (!text.parsed().entities().isEmpty()) {
        m.json.set("entities", text.entitiesJson());
      }
      return commit(chat, m, markup, true);
    }
  }

  private JsonNode sendMedia(BotApiParams p, String type) {
    long chatId = CallArgs.chatId(p);
    BotApiParams.FileRef file = p.file(type);
    if (file == null) {
      throw BotApiException.badRequest("there is no " + type + " in the request");
    }
    CallArgs.Content caption = CallArgs.caption(p);
    JsonNode markup = ReplyMarkup.validate(p.json("reply_markup"));
    synchronized (state) {
      FakeChat chat = state.writableChat(chatId);
      StoredMessage replyTo = replyTarget(p, chat);
      Attachment attachment = attachment(type, file);
      acquire(chat);
      StoredMessage m = newMessage(chat, type.equals("photo") ? "sendPhoto" : "sendDocument", caption, markup, replyTo);
      attachment.attachTo(m);
      putCaption(m.json, caption);
      return commit(chat, m, markup, true);
    }
  }

  private JsonNode sendMediaGroup(BotApiParams p) {
    long chatId = CallArgs.chatId(p);
    JsonNode items = p.json("media");
    if (items == null || !items.isArray() || items.isEmpty()) {
      throw BotApiException.badRequest("parameter \"media\" is required");
    }
    if (items.size() < MIN_ALBUM || items.size() > MAX_ALBUM) {
      throw BotApiException.badRequest("wrong number of media items: an album holds 2-10");
    }
    List<CallArgs.Content> captions = new ArrayList<>();
    for (JsonNode item : items) {
      captions.add(CallArgs.caption(item.path("caption").asText(null), item.path("parse_mode").asText(null),
          item.get("caption_entities")));
    }
    synchronized (state) {
      FakeChat chat = state.writableChat(chatId);
      StoredMessage replyTo = replyTarget(p, chat);
      List<Attachment> attachments = new ArrayList<>();
      for (JsonNode item : items) {
        String type = item.path("type").asText();
        BotApiParams.FileRef file = p.resolve(item.path("media").asText(null));
        attachments.add(attachment(type.equals("photo") ? "photo" : "document", file));
      }
      acquire(chat);
      String groupId = String.valueOf(nextMediaGroupId++);
      ArrayNode result = Json.array();
      for (int i = 0; i < attachments.size(); i++) {
        StoredMessage m = newMessage(chat, "sendMediaGroup", captions.get(i), null, replyTo);
        attachments.get(i).attachTo(m);
        putCaption(m.json, captions.get(i));
        m.json.put("media_group_id", groupId);
        result.add(commit(chat, m, null, i == 0));
      }
      return result;
    }
  }

  private Attachment attachment(String type, BotApiParams.FileRef file) {
    if (file == null) {
      throw BotApiException.badRequest("wrong file identifier/HTTP URL specified");
    }
    if (type.equals("photo")) {
      if (file.upload() != null && !ImageProbe.isImage(file.upload().bytes())) {
        throw BotApiException.badRequest("IMAGE_PROCESS_FAILED");
      }
      List<StoredFile> known = isUrl(file.reference()) || file.upload() != null ? List.of()
          : requireKnown(state.files.photoSet(file.reference()));
      return m -> {
        List<StoredFile> sizes = !known.isEmpty() ? known
            : state.files.addPhoto(file.upload() != null ? file.upload().bytes() : new byte[0]);
        ArrayNode json = m.json.putArray("photo");
        sizes.forEach(size -> json.add(size.photoSizeJson()));
        describe(m, file, "photo", sizes.get(sizes.size() - 1));
      };
    }
    StoredFile known = isUrl(file.reference()) || file.upload() != null ? null
        : state.files.byId(file.reference()).orElseThrow(MessageMethods::wrongFile);
    return m -> {
      StoredFile document = known != null ? known : registerDocument(file);
      m.json.set("document", document.documentJson());
      describe(m, file, "document", document);
    };
  }

  private StoredFile registerDocument(BotApiParams.FileRef file) {
    UploadedFile upload = file.upload();
    if (upload == null) {
      String path = URI.create(file.reference()).getPath();
      String name = path == null || path.isEmpty() ? "file" : path.substring(path.lastIndexOf('/') + 1);
      return state.files.addDocument(new byte[0], name, FileRegistry.mimeFor(name));
    }
    boolean generic = upload.contentType() == null || upload.contentType().startsWith("application/octet-stream");
    return state.files.addDocument(upload.bytes(), upload.fileName(),
        generic ? FileRegistry.mimeFor(upload.fileName()) : upload.contentType());
  }

  private static void describe(StoredMessage m, BotApiParams.FileRef file, String mediaType, StoredFile stored) {
    m.mediaType = mediaType;
    m.upload = file.upload();
    m.mediaRef = file.reference();
    m.fileId = stored.fileId();
  }

  private void acquire(FakeChat chat) {
    state.limiter.acquire(chat.id, chat.isGroup(), System.nanoTime());
  }

  /** The common part of the Message: id, sender, chat, date, reply. Holds the lock. */
  private StoredMessage newMessage(FakeChat chat, String method, CallArgs.Content content, JsonNode markup,
      StoredMessage replyTo) {
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

  private JsonNode commit(FakeChat chat, StoredMessage m, JsonNode markup, boolean countsAsSend) {
    if (ReplyMarkup.isInline(markup)) {
      m.json.set("reply_markup", markup.deepCopy());
    }
    chat.add(m);
    if (countsAsSend) {
      state.log.send(chat.id, System.nanoTime(), m.sentAt);
    }
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

  private static void putCaption(ObjectNode json, CallArgs.Content caption) {
    if (caption.parsed() != null && !caption.plain().isEmpty()) {
      json.put("caption", caption.plain());
      if (!caption.parsed().entities().isEmpty()) {
        json.set("caption_entities", caption.entitiesJson());
      }
    }
  }

  private static List<StoredFile> requireKnown(List<StoredFile> photoSet) {
    if (photoSet.isEmpty()) {
      throw wrongFile();
    }
    return photoSet;
  }

  private static BotApiException wrongFile() {
    return BotApiException.badRequest("wrong file identifier/HTTP URL specified");
  }

  private static boolean isUrl(String reference) {
    return reference != null && (reference.startsWith("http://") || reference.startsWith("https://"));
  }
}
