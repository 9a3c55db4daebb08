package io.groupbuy.core.checkout;

import io.groupbuy.core.Checkout;
import io.groupbuy.core.CheckoutLine;
import io.groupbuy.core.CheckoutPart;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checkout with each member's share: goods plus freight, split per marketplace part in proportion
 * to goods value. The shares add up exactly to the checkout's total.
 */
public record CheckoutSummary(Checkout checkout, List<MemberShare> shares) {

    public static CheckoutSummary of(Checkout checkout) {
        Map<UserId, MemberShare> merged = new LinkedHashMap<>();
        for (CheckoutPart part : checkout.parts()) {
            for (MemberShare s : sharesOf(checkout.orderableLines(), part)) {
                merged.merge(s.member(), s, (a, b) -> new MemberShare(a.member(), a.memberName(),
                        a.goodsFen() + b.goodsFen(), a.freightFen() + b.freightFen()));
            }
        }
        return new CheckoutSummary(checkout, new ArrayList<>(merged.values()));
    }

    /** The shares of one marketplace part (also what the order for that part records). */
    public static List<MemberShare> sharesOf(List<CheckoutLine> lines, CheckoutPart part) {
        List<ShareCalculator.Goods> goods = lines.stream()
                .filter(l -> !l.excluded() && l.marketplace() == part.marketplace())
                .map(l -> new ShareCalculator.Goods(l.member(), l.memberName(), l.subtotalFen()))
                .toList();
        return ShareCalculator.shares(goods, part.freightFen());
    }

    public List<CheckoutLine> priceChanges() {
        return checkout.lines().stream().filter(l -> !l.excluded() && l.priceChanged()).toList();
    }

    public List<CheckoutLine> excluded() {
        return checkout.lines().stream().filter(CheckoutLine::excluded).toList();
    }

    public boolean orderable() {
        return !checkout.orderableLines().isEmpty();
    }
}
