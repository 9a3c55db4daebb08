package io.groupbuy.core;

/**
 * Where an order stands, mapped from PandaPon's Taobao and 1688 statuses. {@link #rank()} orders the
 * happy path so a late, older status never overwrites a newer one.
 */
public enum OrderStatus {
    /** Our row is committed; the upstream create call has not (provably) finished. */
    PLACING(0, false),
    /** Upstream said no, or reconciliation found nothing: no order exists upstream. */
    NOT_PLACED(0, true),
    WAITING_PAYMENT(1, false),
    /** Payment submitted, waiting for PandaPon's finance check. */
    PAYMENT_REVIEW(2, false),
    /** Paid; waiting for the seller to ship. */
    PAID(3, false),
    SHIPPED(4, false),
    RECEIVED(5, false),
    COMPLETED(6, true),
    CANCELLED(7, true),
    /** A status we could not map; reported plainly with the upstream text. */
    OTHER(-1, false);

    private final int rank;
    private final boolean terminal;

    OrderStatus(int rank, boolean terminal) {
        this.rank = rank;
        this.terminal = terminal;
    }

    public int rank() {
        return rank;
    }

    public boolean isTerminal() {
        return terminal;
    }

    /** Open orders are worth polling upstream for news. */
    public boolean isOpen() {
        return !terminal && this != PLACING;
    }
}
