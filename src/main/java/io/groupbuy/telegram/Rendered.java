package io.groupbuy.telegram;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** One Bot API message ready to go: HTML already escaped and within Telegram's sizes. */
sealed interface Rendered {
    /** The message this one may replace in place, or null. */
    String replaceKey();

    /** A text of at most 4096 visible characters; {@code keyboard} may be null. */
    record Text(String html, InlineKeyboardMarkup keyboard, String replaceKey) implements Rendered {
    }

    /** A picture by URL with a caption of at most 1024 visible characters, and the text to send instead. */
    record Photo(String url, String captionHtml, InlineKeyboardMarkup keyboard, String replaceKey, Text fallback)
            implements Rendered {
    }

    /** A file uploaded from bytes. */
    record Document(String fileName, byte[] bytes, String captionHtml, InlineKeyboardMarkup keyboard,
                    String replaceKey) implements Rendered {
    }
}
