package io.groupbuy.core.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.Channel;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.UserId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ShareCalculatorTest {
    private static final UserId ALICE = UserId.of(Channel.TELEGRAM, "1");
    private static final UserId BOB = UserId.of(Channel.TELEGRAM, "2");

    @Test
    void freightFollowsGoodsValue() {
        List<MemberShare> shares = ShareCalculator.shares(List.of(
                new ShareCalculator.Goods(ALICE, "Alice", 2990),
                new ShareCalculator.Goods(BOB, "Bob", 8970),
                new ShareCalculator.Goods(ALICE, "Alice", 2990)), 600);
        assertThat(shares).extracting(MemberShare::member).containsExactly(ALICE, BOB);
        assertThat(shares.get(0).goodsFen()).isEqualTo(5980);
        assertThat(shares.get(0).freightFen() + shares.get(1).freightFen()).isEqualTo(600);
        assertThat(shares.get(0).freightFen()).isEqualTo(240);
        assertThat(shares.get(1).freightFen()).isEqualTo(360);
    }

    @Property
    void sharesAlwaysSumToGoodsPlusFreight(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 5_000_000) Integer> goods,
                                           @ForAll @LongRange(min = 0, max = 10_000_000) long freight) {
        List<ShareCalculator.Goods> input = new ArrayList<>();
        for (int i = 0; i < goods.size(); i++) {
            input.add(new ShareCalculator.Goods(UserId.of(Channel.LINE, "U" + (i % 7)), "m" + i, goods.get(i)));
        }
        List<MemberShare> shares = ShareCalculator.shares(input, freight);
        long goodsTotal = goods.stream().mapToLong(Integer::longValue).sum();
        assertThat(shares.stream().mapToLong(MemberShare::totalFen).sum()).isEqualTo(goodsTotal + freight);
        assertThat(shares).allSatisfy(s -> assertThat(s.freightFen()).isNotNegative());
    }

    @Property
    void spreadingARefundIsExact(@ForAll @LongRange(min = 1, max = 100_000_000) long refund,
                                 @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 1_000_000) Integer> totals) {
        List<MemberShare> over = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            over.add(new MemberShare(UserId.of(Channel.LINE, "U" + i), "m" + i, totals.get(i), 0));
        }
        assertThat(ShareCalculator.spread(refund, over).stream().mapToLong(MemberShare::totalFen).sum())
                .isEqualTo(refund);
    }
}
