package io.groupbuy.bench;

import java.util.Map;
import java.util.TreeMap;

/** Answers of the HTTP fuzz by category: statuses, slowest answer, transport failures. */
final class HttpFuzzTally {
    /**
     * A body larger than the sockets' buffers: when the server answers without reading it (a route's
     * size limit, an unknown path or member) and closes, the client may still be sending and see the
     * reset instead of the status.
     */
    static final int EARLY_REFUSAL_BYTES = 64 * 1024;

    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, Long> slowest = new TreeMap<>();
    private final Map<String, Boolean> forged = new TreeMap<>();
    private final Map<String, String> failures = new TreeMap<>();
    private int total;
    private int serverErrors;
    private int forgedAccepted;
    private int closedEarly;
    private int retried;

    synchronized void add(JarBot.Answer a) {
        total++;
        if (a.status() == -1 && a.bytes() > EARLY_REFUSAL_BYTES) {
            // refused before its body was read (413, or 404 for an unknown member): the server closes the
            // connection while the client is still sending, and the client sees the reset, not the status
            closedEarly++;
            statuses.computeIfAbsent(a.category(), k -> new TreeMap<>()).merge(0, 1, Integer::sum);
            forged.put(a.category(), a.forged());
            return;
        }
        if (a.error() != null && a.error().startsWith(JarBot.RETRIED)) {
            retried++;
        }
        statuses.computeIfAbsent(a.category(), k -> new TreeMap<>()).merge(a.status(), 1, Integer::sum);
        slowest.merge(a.category(), a.millis(), Math::max);
        forged.put(a.category(), a.forged());
        if (a.status() >= 500 || a.status() == -1) {
            serverErrors++;
            failures.putIfAbsent(a.category() + " " + a.status(), String.valueOf(a.error()));
        }
        if (a.forged() && (a.status() < 400 || a.status() >= 500)) {
            forgedAccepted++;
        }
    }

    synchronized int total() {
        return total;
    }

    /** 5xx answers and requests that got no answer at all. */
    synchronized int serverErrors() {
        return serverErrors;
    }

    /** Forged or unsigned requests that were not refused with a 4xx. */
    synchronized int forgedAccepted() {
        return forgedAccepted;
    }

    synchronized void print() {
        System.out.printf("  %-45s %-7s %8s  %s%n", "category", "forged", "slowest", "answers (status x count)");
        statuses.forEach((category, byStatus) -> System.out.printf("  %-45s %-7s %8s  %s%n", category,
                forged.get(category) ? "yes" : "", Latencies.seconds(slowest.get(category)), byStatus));
        System.out.println("  (status 0: a body over 64 KB refused before it was read (size limit, unknown path or"
                + " member), the connection closed while the client was still sending: " + closedEarly + "; requests sent again once because their"
                + " pooled connection had been closed by the server: " + retried + ")");
        System.out.println("  5xx or no answer: " + serverErrors + (failures.isEmpty() ? "" : " " + failures)
                + "; forged or unsigned requests not refused: " + forgedAccepted);
    }
}
