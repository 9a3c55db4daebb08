package io.groupbuy.core;

public enum PriceChangeState {
    PENDING,
    ACCEPTED,
    CANCELLED
}
