package io.groupbuy.core.port;

import io.groupbuy.core.Checkout;
import io.groupbuy.core.CheckoutLine;
import io.groupbuy.core.CheckoutPart;
import io.groupbuy.core.CheckoutState;
import io.groupbuy.core.ChatId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface CheckoutStore {
    /** Stores a new checkout (id ignored) and returns it with its id. */
    Checkout insert(Checkout checkout);

    Optional<Checkout> find(long id);

    /** The checkout of the chat that is PREPARING, AWAITING_CONFIRMATION or PLACING, if any. */
    Optional<Checkout> active(ChatId chat);

    List<Checkout> inState(CheckoutState state);

    void setState(long id, CheckoutState state, Instant at);

    /** Replaces the re-checked lines and the per-marketplace preview of a checkout. */
    void saveReview(long id, List<CheckoutLine> lines, List<CheckoutPart> parts, Instant at);
}
