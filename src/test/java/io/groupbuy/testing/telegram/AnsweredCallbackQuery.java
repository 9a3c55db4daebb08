package io.groupbuy.testing.telegram;

import java.time.Instant;

/**
 * An answerCallbackQuery the bot made for a callback query the test pushed.
 *
 * @param updateId the update that carried the callback query
 * @param text the notification text, or null
 * @param cacheTime cache_time, or null
 */
public record AnsweredCallbackQuery(String callbackQueryId, long updateId, long userId, String data, String text,
    boolean showAlert, String url, Integer cacheTime, Instant at) {}
