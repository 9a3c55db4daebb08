package io.groupbuy.core;

import java.time.Instant;
import java.util.List;

/** Money coming back from upstream, split among the members it belongs to (fen-exact). */
public record Refund(long id, long orderId, String upstreamRefundId, long amountFen, String status, Instant at,
                     List<MemberShare> shares) {
    public Refund {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}
