package io.groupbuy.telegram;

import java.io.ByteArrayInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Makes the one Bot API call a rendered message needs: an edit of the bot's earlier message with the
 * same replace key when there is one, else a new message. When the edit is refused (too old, deleted)
 * or Telegram cannot fetch a card's picture, it answers with what to send instead, which the scheduler
 * queues first in the chat like any other message (the second call is rate-limited too).
 */
final class MessageSender {
    private static final Logger log = LoggerFactory.getLogger(MessageSender.class);
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    /** What one call achieved. */
    sealed interface Outcome {
        /** Delivered: {@code kind} is "send" or "edit" (also an edit Telegram found identical). */
        record Delivered(String kind) implements Outcome {
        }

        /** Not delivered, nothing went out: deliver this instead. */
        record Instead(Rendered next) implements Outcome {
        }
    }

    private final TelegramClient client;
    private final SentMessages sent;

    MessageSender(TelegramClient client, SentMessages sent) {
        this.client = client;
        this.sent = sent;
    }

    /** Throws TelegramApiException for the scheduler to classify (429, connection, rejection). */
    Outcome deliver(long chatId, Rendered message) throws TelegramApiException {
        SentMessages.Sent earlier = sent.find(chatId, message.replaceKey()).orElse(null);
        if (earlier != null && editable(earlier, message)) {
            try {
                edit(chatId, earlier.messageId(), message);
                return new Outcome.Delivered("edit");
            } catch (TelegramApiException e) {
                SendFailure failure = SendFailure.of(e);
                if (failure instanceof SendFailure.Rejected r && r.notModified()) {
                    return new Outcome.Delivered("edit");
                }
                if (failure instanceof SendFailure.Rejected r) {
                    log.info("telegram: editing message {} in chat {} refused ({}); sending a new one",
                            earlier.messageId(), chatId, r.description());
                    sent.forget(chatId, message.replaceKey());
                    return new Outcome.Instead(message);
                }
                throw e;
            }
        }
        if (message instanceof Rendered.Text t) {
            Message m = client.execute(SendMessage.builder().chatId(chatId).text(t.html()).parseMode(ParseMode.HTML)
                    .linkPreviewOptions(NO_PREVIEW).replyMarkup(t.keyboard()).build());
            remember(chatId, t, m, SentMessages.Kind.TEXT, null);
            return new Outcome.Delivered("send");
        }
        if (message instanceof Rendered.Photo p) {
            return sendPhoto(chatId, p);
        }
        Rendered.Document d = (Rendered.Document) message;
        InputFile file = new InputFile(new ByteArrayInputStream(d.bytes()), d.fileName());
        Message m = client.execute(SendDocument.builder().chatId(chatId).document(file).caption(d.captionHtml())
                .parseMode(d.captionHtml() == null ? null : ParseMode.HTML).replyMarkup(d.keyboard()).build());
        remember(chatId, d, m, SentMessages.Kind.PHOTO, null);
        return new Outcome.Delivered("send");
    }

    private Outcome sendPhoto(long chatId, Rendered.Photo p) throws TelegramApiException {
        try {
            Message m = client.execute(SendPhoto.builder().chatId(chatId).photo(new InputFile(p.url()))
                    .caption(p.captionHtml()).parseMode(ParseMode.HTML).replyMarkup(p.keyboard()).build());
            remember(chatId, p, m, SentMessages.Kind.PHOTO, p.url());
            return new Outcome.Delivered("send");
        } catch (TelegramApiException e) {
            if (SendFailure.of(e) instanceof SendFailure.Rejected r && r.code() == 400) {
                // Telegram could not fetch or use the picture ("failed to get HTTP URL content", "wrong type
                // of the web page content", IMAGE_PROCESS_FAILED): the card goes out as text.
                log.info("telegram: a card picture was refused in chat {} ({}); sending the card as text", chatId,
                        r.description());
                return new Outcome.Instead(p.fallback());
            }
            throw e;
        }
    }

    private static boolean editable(SentMessages.Sent earlier, Rendered next) {
        if (next instanceof Rendered.Text) {
            return earlier.kind() == SentMessages.Kind.TEXT;
        }
        if (next instanceof Rendered.Photo p) {
            return earlier.kind() == SentMessages.Kind.PHOTO && p.url().equals(earlier.pictureUrl());
        }
        return false;
    }

    private void edit(long chatId, int messageId, Rendered message) throws TelegramApiException {
        if (message instanceof Rendered.Text t) {
            client.execute(EditMessageText.builder().chatId(chatId).messageId(messageId).text(t.html())
                    .parseMode(ParseMode.HTML).linkPreviewOptions(NO_PREVIEW).replyMarkup(t.keyboard()).build());
        } else if (message instanceof Rendered.Photo p) {
            client.execute(EditMessageCaption.builder().chatId(chatId).messageId(messageId).caption(p.captionHtml())
                    .parseMode(ParseMode.HTML).replyMarkup(p.keyboard()).build());
        }
    }

    private void remember(long chatId, Rendered r, Message m, SentMessages.Kind kind, String url) {
        if (r.replaceKey() != null && m != null && m.getMessageId() != null) {
            sent.remember(chatId, r.replaceKey(), new SentMessages.Sent(m.getMessageId(), kind, url));
        }
    }
}
