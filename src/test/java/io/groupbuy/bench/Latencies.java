package io.groupbuy.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Answer times in milliseconds; thread-safe. */
final class Latencies {
    private final List<Long> millis = new ArrayList<>();

    synchronized void add(long ms) {
        millis.add(ms);
    }

    synchronized int count() {
        return millis.size();
    }

    synchronized long percentile(double p) {
        if (millis.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    synchronized long max() {
        return millis.isEmpty() ? 0 : Collections.max(millis);
    }

    String summary() {
        return String.format("n=%d p50=%s p99=%s max=%s", count(), seconds(percentile(50)), seconds(percentile(99)),
                seconds(max()));
    }

    static String seconds(long ms) {
        return ms < 1000 ? ms + " ms" : String.format("%.1f s", ms / 1000.0);
    }
}
