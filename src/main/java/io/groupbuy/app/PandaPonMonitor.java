package io.groupbuy.app;

import io.groupbuy.conversation.UpstreamTime;
import io.groupbuy.pandapon.PandaPonCallListener;
import io.groupbuy.pandapon.PandaPonEndpoint;
import io.groupbuy.web.HealthReport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Watches every PandaPon call: a latency timer per operation and outcome for /metrics, the calling
 * thread's {@link UpstreamTime}, and the last success and failure for /healthz. Any answer (even a refusal) proves PandaPon reachable; only no
 * answer (timeouts, refused connections, 5xx) counts against it.
 */
final class PandaPonMonitor implements PandaPonCallListener {
    private final MeterRegistry registry;
    private final Clock clock;
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile String lastFailureDetail;

    PandaPonMonitor(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void onCall(PandaPonEndpoint endpoint, Outcome outcome, Duration took, String requestId) {
        Timer.builder("groupbuy.pandapon.calls").tag("operation", endpoint.name())
                .tag("outcome", outcome.name().toLowerCase()).publishPercentileHistogram()
                .register(registry).record(took);
        UpstreamTime.add(took);
        if (outcome == Outcome.UNAVAILABLE || outcome == Outcome.MALFORMED) {
            lastFailure = clock.instant();
            lastFailureDetail = endpoint.name() + " " + outcome.name().toLowerCase();
        } else {
            lastSuccess = clock.instant();
        }
    }

    /** True until a failure is more recent than the last success. */
    boolean reachable() {
        Instant failure = lastFailure;
        Instant success = lastSuccess;
        return failure == null || (success != null && success.isAfter(failure));
    }

    /** No call for a while: worth a probe so /healthz does not report stale news. */
    boolean quietFor(Duration d) {
        Instant latest = lastSuccess == null ? lastFailure
                : lastFailure == null || lastSuccess.isAfter(lastFailure) ? lastSuccess : lastFailure;
        return latest == null || latest.isBefore(clock.instant().minus(d));
    }

    HealthReport.Upstream report() {
        return new HealthReport.Upstream(reachable(), lastSuccess, lastFailure,
                reachable() ? null : lastFailureDetail);
    }
}
