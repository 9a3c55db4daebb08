package io.groupbuy.core;

public enum PriceChangeState {
    PENDING,
    /** An admin tapped and the upstream call (pay or cancel) is under way; a second tap is refused. */
    DECIDING,
    ACCEPTED,
    CANCELLED
}
