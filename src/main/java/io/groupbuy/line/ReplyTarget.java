package io.groupbuy.line;

import java.time.Instant;

/**
 * Where the answer to one event goes.
 *
 * @param eventKey   the event's inbox id; retry keys of pushes are derived from it
 * @param to         the chat (group, room or user id) to push to when the reply token cannot be used;
 *                   null when the event names none
 * @param replyToken the event's reply token, or null (leave, unfollow, memberLeft carry none)
 * @param deadline   the token is not used after this instant
 */
record ReplyTarget(String eventKey, String to, String replyToken, Instant deadline) {
}
