package io.groupbuy.core.order;

import io.groupbuy.core.OrderStatus;
import java.time.Instant;

/**
 * Whether news about an order's status should replace what we hold. PandaPon does not keep order
 * and retries for hours, so a late, older status must never overwrite a newer one: upstream time
 * decides when both sides have it, the happy-path rank otherwise, and final states stay final.
 */
public final class StatusRules {
    private StatusRules() {
    }

    public static boolean supersedes(OrderStatus current, Instant currentAt, OrderStatus incoming, Instant incomingAt) {
        if (incoming == null || incoming == OrderStatus.PLACING) {
            return false;
        }
        if (current == OrderStatus.PLACING || current == OrderStatus.NOT_PLACED && incoming != OrderStatus.NOT_PLACED) {
            return true; // we did not know it existed: whatever upstream says is news
        }
        if (current.isTerminal()) {
            return false;
        }
        if (currentAt != null && incomingAt != null && incomingAt.isBefore(currentAt)) {
            return false;
        }
        if (incoming == OrderStatus.CANCELLED || incoming == OrderStatus.OTHER) {
            return incoming != current;
        }
        if (current == OrderStatus.OTHER) {
            return true;
        }
        return incoming.rank() > current.rank();
    }
}
