package io.groupbuy.testing.line;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Pending faults, first matching rule first; each rule fires a given number of times. */
final class FaultRules {
    private static final class Rule {
        final Predicate<String> path;
        final LineEndpoint endpoint;
        final Fault fault;
        int remaining;

        Rule(LineEndpoint endpoint, Predicate<String> path, int times, Fault fault) {
            this.endpoint = endpoint;
            this.path = path;
            this.remaining = times;
            this.fault = fault;
        }

        boolean matches(LineEndpoint e, String p) {
            return endpoint != null ? endpoint == e : path.test(p);
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    synchronized void add(LineEndpoint endpoint, int times, Fault fault) {
        rules.add(new Rule(endpoint, null, times, fault));
    }

    synchronized void add(String pathRegex, int times, Fault fault) {
        rules.add(new Rule(null, Pattern.compile(pathRegex).asMatchPredicate(), times, fault));
    }

    synchronized void clear() {
        rules.clear();
    }

    /** The fault for this request, used up; null if none applies. */
    synchronized Fault take(LineEndpoint endpoint, String path) {
        for (Rule r : rules) {
            if (r.remaining > 0 && r.matches(endpoint, path)) {
                r.remaining--;
                return r.fault;
            }
        }
        rules.removeIf(r -> r.remaining <= 0);
        return null;
    }
}
