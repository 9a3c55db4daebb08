package io.groupbuy.pandapon;

import java.time.Duration;

/** Told about every HTTP attempt (retries included); the app turns this into Micrometer metrics. */
@FunctionalInterface
public interface PandaPonCallListener {
    PandaPonCallListener NONE = (endpoint, outcome, took, requestId) -> { };

    /** How one attempt ended; mirrors the {@link PandaPonException} subtypes. */
    enum Outcome { SUCCESS, REJECTED, UNAVAILABLE, HTTP_STATUS, MALFORMED }

    /** @param requestId PandaPon's requestId, or null when no envelope was read */
    void onCall(PandaPonEndpoint endpoint, Outcome outcome, Duration took, String requestId);
}
