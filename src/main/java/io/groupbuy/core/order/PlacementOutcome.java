package io.groupbuy.core.order;

import io.groupbuy.core.Order;

/** What happened to one order of a confirmed checkout. */
public record PlacementOutcome(Order order, Result result, boolean paid, String payUrl) {
    public enum Result {
        /** Created upstream. */
        PLACED,
        /** Upstream said no; nothing was ordered. */
        REJECTED,
        /** Upstream did not answer in time; reconciliation will find out and tell the chat. */
        UNKNOWN,
        /** The checkout had been confirmed before (a second tap); nothing new was done. */
        ALREADY_CONFIRMED
    }
}
