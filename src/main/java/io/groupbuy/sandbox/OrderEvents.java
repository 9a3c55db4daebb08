package io.groupbuy.sandbox;

/** What {@link SandboxOrders} reports; called under its lock, so implementations must only snapshot and enqueue. */
interface OrderEvents {
    OrderEvents NONE = new OrderEvents() {
        @Override
        public void statusChanged(SandboxOrder order, String previousStatus) {
        }

        @Override
        public void priceModified(SandboxOrder order, long oldTotal) {
        }

        @Override
        public void refunded(SandboxOrder order, String refundId, long amount, String lineId) {
        }
    };

    /** Also called on creation, with a null previous status. */
    void statusChanged(SandboxOrder order, String previousStatus);

    void priceModified(SandboxOrder order, long oldTotal);

    void refunded(SandboxOrder order, String refundId, long amount, String lineId);
}
