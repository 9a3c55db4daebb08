package io.groupbuy.core;

public enum CheckoutState {
    /** Prices and freight are being re-checked upstream; the cart is frozen. */
    PREPARING,
    /** The summary is shown; waiting for an admin to confirm or cancel. */
    AWAITING_CONFIRMATION,
    /** Confirmed: order rows exist and are being placed upstream. */
    PLACING,
    /** Every order of the checkout reached a definite outcome. */
    DONE,
    CANCELLED,
    /** Preparing failed (upstream down) or no order could be placed; the cart is open again. */
    FAILED;

    public boolean isActive() {
        return this == PREPARING || this == AWAITING_CONFIRMATION || this == PLACING;
    }
}
