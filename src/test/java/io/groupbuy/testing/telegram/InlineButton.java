package io.groupbuy.testing.telegram;

/**
 * One button of an inline keyboard the bot sent.
 *
 * @param text the label
 * @param callbackData callback_data, or null for other kinds of button
 * @param url url, or null
 */
public record InlineButton(String text, String callbackData, String url) {}
