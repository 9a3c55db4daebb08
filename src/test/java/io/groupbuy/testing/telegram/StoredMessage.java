package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A message in a chat, from the bot or from a user, with the Message object Telegram would return for it.
 * Mutable (edits, deletion); only touched under the fake's state lock.
 */
final class StoredMessage {
  final long chatId;
  final int messageId;
  final boolean fromBot;
  final String method;
  final Instant sentAt;
  ObjectNode json;
  String rawText;
  String plainText;
  String parseMode;
  JsonNode replyMarkup;
  String mediaType;
  String mediaRef;
  UploadedFile upload;
  String fileId;
  Integer replyToMessageId;
  Instant editedAt;
  boolean deleted;
  private final List<SentMessage.Revision> revisions = new ArrayList<>();

  StoredMessage(long chatId, int messageId, boolean fromBot, String method, Instant sentAt, ObjectNode json) {
    this.chatId = chatId;
    this.messageId = messageId;
    this.fromBot = fromBot;
    this.method = method;
    this.sentAt = sentAt;
    this.json = json;
  }

  boolean isMedia() {
    return json.has("photo") || json.has("document");
  }

  /** The entities array of the text or caption, for "message is not modified" comparisons. */
  JsonNode entities() {
    return json.path(isMedia() ? "caption_entities" : "entities");
  }

  /** Replaces text or caption and keyboard, keeping the old version; Telegram drops the keyboard if none is given. */
  void edit(String newRawText, TextFormatting.Parsed parsed, String newParseMode, JsonNode newMarkup, Instant at,
      boolean textChanges) {
    revisions.add(new SentMessage.Revision(rawText, plainText, parseMode, ReplyMarkup.buttons(replyMarkup), at));
    if (textChanges) {
      String field = isMedia() ? "caption" : "text";
      String entitiesField = isMedia() ? "caption_entities" : "entities";
      rawText = newRawText;
      parseMode = newParseMode;
      plainText = parsed == null ? null : parsed.text();
      json.remove(field);
      json.remove(entitiesField);
      if (parsed != null && !parsed.text().isEmpty()) {
        json.put(field, parsed.text());
        if (!parsed.entities().isEmpty()) {
          json.set(entitiesField, parsed.entitiesJson());
        }
      }
    }
    replyMarkup = newMarkup;
    json.remove("reply_markup");
    if (ReplyMarkup.isInline(newMarkup)) {
      json.set("reply_markup", newMarkup.deepCopy());
    }
    editedAt = at;
    json.put("edit_date", at.getEpochSecond());
  }

  SentMessage snapshot() {
    return new SentMessage(chatId, messageId, method, rawText, plainText, parseMode, ReplyMarkup.buttons(replyMarkup),
        replyMarkup == null ? null : replyMarkup.deepCopy(), mediaType, mediaRef, upload, fileId, replyToMessageId,
        sentAt, List.copyOf(revisions), editedAt, deleted);
  }
}
