package io.groupbuy.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A frozen cart being turned into orders. The rate (display-currency micro-units per CNY) is taken
 * when the checkout starts and locked on the orders it creates.
 */
public record Checkout(long id, ChatId chat, UserId startedBy, CheckoutState state, String currency, long rateMicros,
                       Instant createdAt, Instant updatedAt, List<CheckoutLine> lines, List<CheckoutPart> parts) {
    public Checkout {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(state, "state");
        lines = lines == null ? List.of() : List.copyOf(lines);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public Checkout withState(CheckoutState s, Instant at) {
        return new Checkout(id, chat, startedBy, s, currency, rateMicros, createdAt, at, lines, parts);
    }

    public List<CheckoutLine> orderableLines() {
        return lines.stream().filter(l -> !l.excluded()).toList();
    }

    public long goodsFen() {
        return parts.stream().mapToLong(CheckoutPart::goodsFen).sum();
    }

    public long freightFen() {
        return parts.stream().mapToLong(CheckoutPart::freightFen).sum();
    }

    public long totalFen() {
        return goodsFen() + freightFen();
    }
}
