package io.groupbuy.core.port;

import java.time.Instant;
import java.util.Optional;

/**
 * Button payloads are short opaque tokens; what a button means is stored here, so nothing in a payload
 * (price, user id, line) is ever trusted.
 */
public interface ButtonStore {
    void save(StoredButton button);

    Optional<StoredButton> find(String token);

    /** Forgets buttons created before the cutoff; returns how many. */
    int deleteOlderThan(Instant cutoff);
}
