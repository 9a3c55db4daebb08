package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of a message the bot sent, in its current state (later edits are in a newer snapshot).
 *
 * @param method "sendMessage", "sendPhoto", "sendDocument" or "sendMediaGroup"
 * @param text the text or caption exactly as the bot sent it (markup included); null for a media message
 *     without caption
 * @param plainText the same after entity parsing, as the user sees it
 * @param parseMode parse_mode as sent, or null
 * @param inlineKeyboard inline keyboard rows; empty when the message has none
 * @param replyMarkup reply_markup as sent (any kind: inline, reply keyboard, remove, force reply), or null
 * @param mediaType "photo", "document", or null for a text message
 * @param mediaRef photo/document given by reference: the HTTP URL or file_id; null for uploads and text
 * @param upload the uploaded file for sendPhoto/sendDocument uploads, else null
 * @param fileId the file_id Telegram would report (largest photo size, or the document), else null
 * @param replyToMessageId the message this one replies to, or null
 * @param revisions earlier versions, oldest first; empty when never edited
 * @param editedAt time of the last edit, or null
 * @param deleted true once deleteMessage removed it
 */
public record SentMessage(long chatId, int messageId, String method, String text, String plainText,
    String parseMode, List<List<InlineButton>> inlineKeyboard, JsonNode replyMarkup, String mediaType,
    String mediaRef, UploadedFile upload, String fileId, Integer replyToMessageId, Instant sentAt,
    List<Revision> revisions, Instant editedAt, boolean deleted) {

  /** An earlier version of an edited message. */
  public record Revision(String text, String plainText, String parseMode, List<List<InlineButton>> inlineKeyboard,
      Instant replacedAt) {}

  public boolean isPhoto() {
    return "photo".equals(mediaType);
  }

  public boolean isDocument() {
    return "document".equals(mediaType);
  }

  /** All inline buttons, row by row. */
  public List<InlineButton> buttons() {
    return inlineKeyboard.stream().flatMap(List::stream).toList();
  }

  public List<String> callbackData() {
    return buttons().stream().map(InlineButton::callbackData).filter(d -> d != null).toList();
  }

  public Optional<InlineButton> button(String text) {
    return buttons().stream().filter(b -> b.text().equals(text)).findFirst();
  }
}
