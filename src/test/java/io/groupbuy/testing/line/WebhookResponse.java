package io.groupbuy.testing.line;

/** What the bot's webhook endpoint answered. */
public record WebhookResponse(int status, String body) {
}
