package io.groupbuy.pandapon;

import io.groupbuy.core.GroupBuyException;
import io.groupbuy.core.RateLimited;
import io.groupbuy.core.UpstreamRejected;
import io.groupbuy.core.UpstreamUnavailable;
import java.time.Duration;
import java.util.function.Supplier;

/** The one place PandaPon's errors become the core's: what a member will be told depends on it. */
final class PandaPonErrors {
    private PandaPonErrors() {
    }

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (PandaPonException e) {
            throw toCore(e);
        }
    }

    static GroupBuyException toCore(PandaPonException e) {
        String where = e.endpoint() == null ? "PandaPon" : e.endpoint().name();
        if (e instanceof PandaPonException.Rejected r) {
            return new UpstreamRejected(where + " rejected: code " + r.code(), Integer.toString(r.code()),
                    r.requestId(), e);
        }
        if (e instanceof PandaPonException.HttpStatus h) {
            if (h.status() == 429) {
                return new RateLimited(where + " asked us to slow down", Duration.ofSeconds(30));
            }
            if (h.status() >= 500) {
                return new UpstreamUnavailable(where + " answered HTTP " + h.status(), e);
            }
            return new UpstreamRejected(where + " answered HTTP " + h.status(), "HTTP " + h.status(), null, e);
        }
        // Unavailable, and an answer we cannot read (the call may still have taken effect): outcome unknown.
        return new UpstreamUnavailable(where + " unavailable: " + e.getClass().getSimpleName(), e);
    }
}
