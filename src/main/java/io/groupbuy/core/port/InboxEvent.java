package io.groupbuy.core.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded inbound event. {@code chatKey} is the ordering key (events of one chat are handled in
 * order); {@code payload} is the raw body the adapter will parse again when it processes the event.
 */
public record InboxEvent(long seq, String source, String eventId, String chatKey, String payload,
                         Instant receivedAt, State state, int attempts, String note) {
    public enum State {
        PENDING,
        DONE,
        FAILED,
        /** Kept but not matched to anything we know (a callback for an unknown order, an unknown type). */
        UNMATCHED
    }

    public InboxEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(payload, "payload");
        state = state == null ? State.PENDING : state;
        chatKey = chatKey == null ? "" : chatKey;
    }

    public static InboxEvent received(String source, String eventId, String chatKey, String payload, Instant at) {
        return new InboxEvent(0, source, eventId, chatKey, payload, at, State.PENDING, 0, null);
    }
}
