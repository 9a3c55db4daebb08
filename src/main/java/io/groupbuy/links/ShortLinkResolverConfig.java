package io.groupbuy.links;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of {@link HttpShortLinkResolver}.
 *
 * @param timeout           the whole resolution of one link, every hop included
 * @param maxBodyBytes      how much of a landing page is read when it answers with HTML instead of a redirect
 * @param maxHops           requests per link (redirects and landing pages)
 * @param cacheSize         resolved links remembered
 * @param cacheTtl          how long a resolved link is remembered
 * @param negativeCacheTtl  how long a link that could not be resolved is not tried again
 */
public record ShortLinkResolverConfig(Duration timeout, int maxBodyBytes, int maxHops, long cacheSize,
                                      Duration cacheTtl, Duration negativeCacheTtl) {

    public ShortLinkResolverConfig {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        Objects.requireNonNull(negativeCacheTtl, "negativeCacheTtl");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxBodyBytes < 1 || maxHops < 1 || cacheSize < 0) {
            throw new IllegalArgumentException("maxBodyBytes and maxHops must be positive, cacheSize not negative");
        }
        if (cacheTtl.isNegative() || negativeCacheTtl.isNegative()) {
            throw new IllegalArgumentException("cache TTLs must not be negative");
        }
    }

    /** For the real hosts: a member waits at most ~3 s per short link; landing pages are a few KB. */
    public static ShortLinkResolverConfig defaults() {
        return new ShortLinkResolverConfig(Duration.ofSeconds(3), 256 * 1024, 5, 10_000,
                Duration.ofHours(24), Duration.ofMinutes(2));
    }
}
