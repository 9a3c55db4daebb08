package io.groupbuy.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's domestic freight, simple and deterministic (fen), charged per shop:
 * Taobao/Tmall 6.00 for the first item + 1.00 per extra item, free from a 99.00 shop subtotal;
 * 1688 8.00 per seller + 0.50 per extra unit, free from 199.00. Preview and create use the same rule.
 */
final class FreightRule {
    static final long FIRST_ITEM = 600;
    static final long EXTRA_ITEM = 100;
    static final long FREE_FROM = 9900;
    static final long FIRST_ITEM_1688 = 800;
    static final long EXTRA_ITEM_1688 = 50;
    static final long FREE_FROM_1688 = 19900;

    private FreightRule() {
    }

    static long freight(List<PricedLine> lines) {
        Map<String, long[]> perShop = new LinkedHashMap<>(); // shop -> {subtotal, units, is1688}
        for (PricedLine line : lines) {
            long[] acc = perShop.computeIfAbsent(line.shopKey(), k -> new long[3]);
            acc[0] += line.amount();
            acc[1] += line.quantity();
            acc[2] = line.product().platform().taobaoApi() ? 0 : 1;
        }
        long total = 0;
        for (long[] acc : perShop.values()) {
            total += acc[2] == 0 ? shop(acc[0], acc[1], FIRST_ITEM, EXTRA_ITEM, FREE_FROM)
                    : shop(acc[0], acc[1], FIRST_ITEM_1688, EXTRA_ITEM_1688, FREE_FROM_1688);
        }
        return total;
    }

    private static long shop(long subtotal, long units, long first, long extra, long freeFrom) {
        if (units <= 0 || subtotal >= freeFrom) {
            return 0;
        }
        return first + (units - 1) * extra;
    }
}
