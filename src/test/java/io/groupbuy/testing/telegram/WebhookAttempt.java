package io.groupbuy.testing.telegram;

import java.time.Instant;

/**
 * One POST of an update to the bot's webhook.
 *
 * @param attempt 1 for the first try of this update, 2 for its first retry...
 * @param httpStatus the webhook's status, or 0 when the request failed (connection refused, timeout)
 * @param error null on a 2xx, else the reason, worded like getWebhookInfo.last_error_message
 */
public record WebhookAttempt(int updateId, int attempt, int httpStatus, String error, Instant at) {
  public boolean ok() {
    return error == null;
  }
}
