package io.groupbuy.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.UpstreamTime;
import io.groupbuy.pandapon.PandaPonCallListener;
import io.groupbuy.pandapon.PandaPonEndpoint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every PandaPon call counts into the calling thread's upstream time, whatever its outcome. */
class PandaPonMonitorTest {
    @Test
    void callsAddUpOnTheCallingThread() {
        PandaPonMonitor monitor = new PandaPonMonitor(new SimpleMeterRegistry(), Clock.systemUTC());
        UpstreamTime.reset();
        monitor.onCall(PandaPonEndpoint.TAOBAO_PRODUCT_GET, PandaPonCallListener.Outcome.SUCCESS,
                Duration.ofMillis(120), "r1");
        monitor.onCall(PandaPonEndpoint.TAOBAO_PRODUCT_GET, PandaPonCallListener.Outcome.UNAVAILABLE,
                Duration.ofMillis(30), null);
        assertThat(UpstreamTime.spent()).isEqualTo(Duration.ofMillis(150));
        assertThat(monitor.reachable()).isFalse();
    }
}
