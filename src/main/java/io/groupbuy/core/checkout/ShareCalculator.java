package io.groupbuy.core.checkout;

import io.groupbuy.core.MemberShare;
import io.groupbuy.core.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each member's share of an order: their goods, plus the freight split in proportion to each
 * member's goods value (largest remainder, so the shares add up exactly to goods + freight).
 */
public final class ShareCalculator {
    private ShareCalculator() {
    }

    /** One member's goods in an order (several lines of one member are summed by the caller or here). */
    public record Goods(UserId member, String memberName, long goodsFen) {
    }

    public static List<MemberShare> shares(List<Goods> goods, long freightFen) {
        Map<UserId, Goods> byMember = new LinkedHashMap<>();
        for (Goods g : goods) {
            byMember.merge(g.member(), g, (a, b) -> new Goods(a.member(), a.memberName(), a.goodsFen() + b.goodsFen()));
        }
        List<Goods> members = new ArrayList<>(byMember.values());
        long[] weights = members.stream().mapToLong(Goods::goodsFen).toArray();
        long[] freight = ProportionalSplit.split(freightFen, weights);
        List<MemberShare> shares = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            Goods g = members.get(i);
            shares.add(new MemberShare(g.member(), g.memberName(), g.goodsFen(), freight[i]));
        }
        return shares;
    }

    /** Splits an amount (a refund, a price difference) over existing shares in proportion to their totals. */
    public static List<MemberShare> spread(long amountFen, List<MemberShare> over) {
        long[] weights = over.stream().mapToLong(s -> Math.max(0, s.totalFen())).toArray();
        long[] parts = ProportionalSplit.split(amountFen, weights);
        List<MemberShare> result = new ArrayList<>(over.size());
        for (int i = 0; i < over.size(); i++) {
            MemberShare s = over.get(i);
            result.add(new MemberShare(s.member(), s.memberName(), parts[i], 0));
        }
        return result;
    }
}
