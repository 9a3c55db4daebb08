package io.groupbuy.testing.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reply tokens as the reference describes them: single use, usable for a short time after the
 * webhook (default 60 s); a redelivered webhook makes the same token usable for that time again,
 * unless it was used or 20 minutes have passed since the event.
 */
final class ReplyTokens {
    static final Duration REDELIVERY_HORIZON = Duration.ofMinutes(20);

    private record Entry(String chatId, Instant issuedAt, Instant expiresAt, boolean used) {
    }

    /** What a successful use yields: the chat the token was issued for (may be null). */
    record Use(String chatId) {
    }

    private final Map<String, Entry> tokens = new HashMap<>();
    private final Clock clock;
    private volatile Duration ttl;

    ReplyTokens(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    void ttl(Duration newTtl) {
        this.ttl = newTtl;
    }

    synchronized String issue(String chatId) {
        String token = LineIds.replyToken();
        Instant now = clock.instant();
        tokens.put(token, new Entry(chatId, now, now.plus(ttl), false));
        return token;
    }

    synchronized void redelivered(String token) {
        Entry e = tokens.get(token);
        if (e == null || e.used()) {
            return;
        }
        Instant renewed = clock.instant().plus(ttl);
        Instant cap = e.issuedAt().plus(REDELIVERY_HORIZON);
        Instant expiry = renewed.isBefore(cap) ? renewed : cap;
        tokens.put(token, new Entry(e.chatId(), e.issuedAt(), expiry, false));
    }

    synchronized void expireAll() {
        Instant past = clock.instant().minusMillis(1);
        tokens.replaceAll((k, e) -> new Entry(e.chatId(), e.issuedAt(), past, e.used()));
    }

    /** Marks the token used; empty when unknown, used or expired. */
    synchronized Optional<Use> use(String token) {
        Entry e = token == null ? null : tokens.get(token);
        if (e == null || e.used() || !clock.instant().isBefore(e.expiresAt())) {
            return Optional.empty();
        }
        tokens.put(token, new Entry(e.chatId(), e.issuedAt(), e.expiresAt(), true));
        return Optional.of(new Use(e.chatId()));
    }
}
