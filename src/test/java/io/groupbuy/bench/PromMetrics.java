package io.groupbuy.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A parsed Prometheus text scrape: samples by name and labels, sums, and quantiles from histogram buckets. */
final class PromMetrics {
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private PromMetrics(List<Sample> samples) {
        this.samples = samples;
    }

    static PromMetrics parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String name = brace >= 0 && brace < space ? line.substring(0, brace) : line.substring(0, space).trim();
            Map<String, String> labels = brace >= 0 && brace < space
                    ? labels(line.substring(brace + 1, line.lastIndexOf('}'))) : Map.of();
            samples.add(new Sample(name, labels, Double.parseDouble(line.substring(space + 1).trim())));
        }
        return new PromMetrics(samples);
    }

    private static Map<String, String> labels(String inner) {
        Map<String, String> labels = new LinkedHashMap<>();
        int i = 0;
        while (i < inner.length()) {
            int eq = inner.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = inner.substring(i, eq).trim();
            int start = inner.indexOf('"', eq) + 1;
            StringBuilder value = new StringBuilder();
            int j = start;
            while (j < inner.length() && inner.charAt(j) != '"') {
                if (inner.charAt(j) == '\\' && j + 1 < inner.length()) {
                    j++;
                }
                value.append(inner.charAt(j++));
            }
            labels.put(key, value.toString());
            i = inner.indexOf(',', j);
            i = i < 0 ? inner.length() : i + 1;
        }
        return labels;
    }

    /** Sum of the samples of {@code name} whose labels pass the filter; 0 when none. */
    double sum(String name, Predicate<Map<String, String>> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && labels.test(s.labels()))
                .mapToDouble(Sample::value).sum();
    }

    double sum(String name) {
        return sum(name, l -> true);
    }

    static Predicate<Map<String, String>> label(String key, String value) {
        return l -> value.equals(l.get(key));
    }

    /**
     * The q-quantile of a histogram ({@code <base>_bucket} with cumulative {@code le} buckets) between two
     * scrapes (earlier may be null), interpolated linearly inside the bucket, as Prometheus'
     * histogram_quantile does. NaN when the window has no observations.
     */
    static double quantile(PromMetrics earlier, PromMetrics later, String base, Predicate<Map<String, String>> labels,
                           double q) {
        Map<Double, Double> now = later.buckets(base, labels);
        Map<Double, Double> then = earlier == null ? Map.of() : earlier.buckets(base, labels);
        List<double[]> cumulative = new ArrayList<>();
        now.forEach((le, count) -> cumulative.add(new double[] {le, count - then.getOrDefault(le, 0.0)}));
        cumulative.sort((a, b) -> Double.compare(a[0], b[0]));
        if (cumulative.isEmpty()) {
            return Double.NaN;
        }
        double total = cumulative.get(cumulative.size() - 1)[1];
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (double[] bucket : cumulative) {
            if (bucket[1] >= rank) {
                if (Double.isInfinite(bucket[0])) {
                    return lowerBound;
                }
                double inBucket = bucket[1] - lowerCount;
                return inBucket <= 0 ? bucket[0]
                        : lowerBound + (bucket[0] - lowerBound) * (rank - lowerCount) / inBucket;
            }
            lowerBound = bucket[0];
            lowerCount = bucket[1];
        }
        return lowerBound;
    }

    /** Observations of a histogram between two scrapes. */
    static double count(PromMetrics earlier, PromMetrics later, String base, Predicate<Map<String, String>> labels) {
        return later.sum(base + "_count", labels) - (earlier == null ? 0 : earlier.sum(base + "_count", labels));
    }

    private Map<Double, Double> buckets(String base, Predicate<Map<String, String>> labels) {
        Map<Double, Double> byLe = new LinkedHashMap<>();
        for (Sample s : samples) {
            if (s.name().equals(base + "_bucket") && labels.test(s.labels())) {
                String le = s.labels().get("le");
                double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                byLe.merge(bound, s.value(), Double::sum);
            }
        }
        return byLe;
    }
}
