/**
 * The LINE channel (LINE Messaging API through the official SDK 9.14.0).
 *
 * <p>Receiving: {@code POST /line/webhook} ({@link io.groupbuy.web.LineWebhookRoute}) hands the raw bytes
 * and {@code X-Line-Signature} to {@link io.groupbuy.line.LineWebhookReceiver}, which checks the
 * signature (current and previous channel secret, constant time), records each event in the inbox under
 * its {@code webhookEventId} and answers 200 at once. The inbox pump hands recorded events, per chat in
 * order, to {@code LineEventHandler}: event → {@code Incoming} → conversation → {@code LineRenderer} →
 * {@code LineResponder}.
 *
 * <p>Sending: answers to a member's event go by the free reply API (5 messages per request, the token
 * used only within {@link io.groupbuy.line.LineSettings#replyWindow()}); the rest, and answers whose
 * token is known unused and expired, by push with {@code X-Line-Retry-Key}. News goes by push
 * ({@link io.groupbuy.line.LineChannel#outbound()}).
 *
 * <p>Exactly-once on the wire: OkHttp's silent re-send of a request after a connection failure is
 * disabled by marking every request body one-shot (the SDK builder does not expose
 * {@code retryOnConnectionFailure}); a push is retried only with the same retry key (409 = sent); a reply
 * is retried only with the same single-use token, whose "Invalid reply token" after an attempt without
 * answer means that attempt delivered it. Across a crash the first batch is at most once: a restarted
 * process that finds the reply already claimed never pushes it. Residual risks, accepted (both lose a
 * message, neither doubles one): an answer lost after LINE refused an expired token reads as "delivered";
 * a crash after the token was found expired and before the push fallback succeeded.
 */
package io.groupbuy.line;
