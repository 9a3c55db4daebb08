package io.groupbuy.links;

import java.util.Optional;

/**
 * Resolves a marketplace short link. The port lets tests and offline runs replace the network.
 * Implementations never throw: a link they cannot resolve gives {@link Optional#empty()}.
 */
@FunctionalInterface
public interface ShortLinkResolver {
    /** The final marketplace URL (or any text the link parser should read again), or empty. */
    Optional<String> resolve(String shortUrl);

    /** A resolver that never resolves anything. */
    static ShortLinkResolver none() {
        return shortUrl -> Optional.empty();
    }
}
