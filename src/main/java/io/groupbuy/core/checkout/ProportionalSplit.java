package io.groupbuy.core.checkout;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits an amount of fen in proportion to weights with the largest-remainder method, so the parts
 * are whole fen and add up exactly to the amount. Ties go to the earlier weight, which keeps the
 * result deterministic. All weights zero means equal parts. Negative amounts (refunds, price drops)
 * are split like positive ones, with the sign kept.
 */
public final class ProportionalSplit {
    private ProportionalSplit() {
    }

    public static long[] split(long amount, long[] weights) {
        int n = weights.length;
        long[] parts = new long[n];
        if (n == 0) {
            return parts;
        }
        long[] w = Arrays.stream(weights).allMatch(x -> x == 0) ? ones(n) : weights.clone();
        BigInteger total = BigInteger.ZERO;
        for (long x : w) {
            if (x < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            total = total.add(BigInteger.valueOf(x));
        }
        BigInteger abs = BigInteger.valueOf(amount).abs();
        BigInteger[] remainders = new BigInteger[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = abs.multiply(BigInteger.valueOf(w[i])).divideAndRemainder(total);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            assigned += parts[i];
        }
        long left = abs.longValueExact() - assigned; // always < n
        Integer[] byRemainder = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(byRemainder, Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparingInt(i -> i));
        for (int k = 0; k < left; k++) {
            parts[byRemainder[k]]++;
        }
        if (amount < 0) {
            for (int i = 0; i < n; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }

    private static long[] ones(int n) {
        long[] ones = new long[n];
        Arrays.fill(ones, 1);
        return ones;
    }
}
