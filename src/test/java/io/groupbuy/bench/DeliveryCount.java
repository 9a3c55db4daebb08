package io.groupbuy.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Nothing lost, nothing doubled: every member message carries a token of its own (an unknown command
 * such as {@code /x3c2n7}, which the bot repeats in its answer), and the deliveries the platform fake
 * recorded are counted per token.
 */
final class DeliveryCount {
    private final Map<String, Integer> expected = new LinkedHashMap<>();

    String token(String scenario, int chat, int n) {
        String t = "/x" + scenario + "c" + chat + "n" + n;
        expected.put(t, 0);
        return t;
    }

    int expectedCount() {
        return expected.size();
    }

    /** Counts the texts that carry each token. */
    <T> Result count(List<T> deliveries, Function<T, String> text) {
        Map<String, Integer> seen = new LinkedHashMap<>(expected);
        for (T d : deliveries) {
            String t = text.apply(d);
            if (t == null) {
                continue;
            }
            for (String token : expected.keySet()) {
                // "/x1c2n1" must not count for "/x1c2n10": the token ends where the command does
                int at = t.indexOf(token);
                if (at >= 0 && (at + token.length() == t.length()
                        || !Character.isLetterOrDigit(t.charAt(at + token.length())))) {
                    seen.merge(token, 1, Integer::sum);
                }
            }
        }
        List<String> lost = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        seen.forEach((token, n) -> {
            if (n == 0) {
                lost.add(token);
            } else if (n > 1) {
                doubled.add(token + " x" + n);
            }
        });
        return new Result(expected.size(), expected.size() - lost.size(), lost, doubled);
    }

    /** Of {@code expected} answers, {@code delivered} arrived at least once. */
    record Result(int expected, int delivered, List<String> lost, List<String> doubled) {
        boolean exact() {
            return lost.isEmpty() && doubled.isEmpty();
        }

        String summary() {
            return String.format("%d/%d delivered, %d lost, %d doubled%s%s", delivered, expected, lost.size(),
                    doubled.size(), lost.isEmpty() ? "" : " lost: " + lost.subList(0, Math.min(5, lost.size())),
                    doubled.isEmpty() ? "" : " doubled: " + doubled.subList(0, Math.min(5, doubled.size())));
        }
    }
}
