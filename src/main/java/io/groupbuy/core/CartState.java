package io.groupbuy.core;

/** A cart is frozen while a checkout is being prepared, confirmed or placed. */
public enum CartState {
    OPEN,
    FROZEN
}
