package io.groupbuy.testing.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accepted {@code X-Line-Retry-Key}s. Only an accepted (2xx) request records its key, so a retry
 * after a 500 or a timeout before acceptance goes through; a key older than 24 hours counts as new.
 */
final class RetryKeys {
    static final Duration WINDOW = Duration.ofHours(24);
    private static final Pattern UUID_HEX =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    record Accepted(String requestId, JsonNode sentMessages, Instant at) {
    }

    private final Map<String, Accepted> accepted = new HashMap<>();
    private final Clock clock;

    RetryKeys(Clock clock) {
        this.clock = clock;
    }

    static boolean wellFormed(String key) {
        return UUID_HEX.matcher(key).matches();
    }

    synchronized Optional<Accepted> find(String key) {
        Accepted a = accepted.get(normal(key));
        if (a == null || !clock.instant().isBefore(a.at().plus(WINDOW))) {
            return Optional.empty();
        }
        return Optional.of(a);
    }

    synchronized void accept(String key, String requestId, JsonNode sentMessages) {
        accepted.put(normal(key), new Accepted(requestId, sentMessages, clock.instant()));
    }

    private static String normal(String key) {
        return key.toLowerCase(java.util.Locale.ROOT);
    }
}
