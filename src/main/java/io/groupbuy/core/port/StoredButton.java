package io.groupbuy.core.port;

import java.time.Instant;

/** What a button does: an action name and its arguments (a compact string the conversation owns). */
public record StoredButton(String token, String chatKey, String action, String args, Instant createdAt) {
}
