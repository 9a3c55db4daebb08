package io.groupbuy.core;

import java.time.Instant;
import java.util.List;

/**
 * A seller's price modification waiting for an admin: old and new amounts (fen) and each member's
 * share of the difference. Nothing is paid until an admin accepts.
 */
public record PriceChange(long id, long orderId, String upstreamKey, long oldGoodsFen, long oldFreightFen,
                          long newGoodsFen, long newFreightFen, PriceChangeState state, Instant createdAt,
                          Instant decidedAt, List<MemberShare> newShares) {
    public PriceChange {
        newShares = newShares == null ? List.of() : List.copyOf(newShares);
    }

    public long oldTotalFen() {
        return oldGoodsFen + oldFreightFen;
    }

    public long newTotalFen() {
        return newGoodsFen + newFreightFen;
    }

    public long differenceFen() {
        return newTotalFen() - oldTotalFen();
    }
}
