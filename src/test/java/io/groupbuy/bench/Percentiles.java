package io.groupbuy.bench;

import java.util.Arrays;

/** Exact percentiles of a set of samples (nearest rank), for latencies in milliseconds. */
record Percentiles(int count, double p50, double p95, double p99, double max) {

    static Percentiles of(long[] values) {
        if (values.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1]);
    }

    private static double rank(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    String ms() {
        return count == 0 ? "n=0" : String.format("p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (n=%d)", p50, p95,
                p99, max, count);
    }
}
