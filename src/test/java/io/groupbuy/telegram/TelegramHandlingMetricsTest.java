package io.groupbuy.telegram;

import static io.groupbuy.telegram.TelegramTestBed.ALICE;
import static io.groupbuy.telegram.TelegramTestBed.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.groupbuy.conversation.UpstreamTime;
import io.groupbuy.conversation.model.Reply;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The handling timers: from receiving an update to queueing its first reply, whole and without the time
 * spent on upstream calls; and the outbound queue gauge.
 */
class TelegramHandlingMetricsTest {
    private TelegramTestBed bed;

    @BeforeEach
    void start() {
        bed = new TelegramTestBed();
        bed.start();
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void upstreamTimeIsTakenOutOfTheOverheadOfEachUpdateAndQuietUpdatesAreNotTimed() {
        bed.conversation.script(in -> {
            UpstreamTime.add(Duration.ofMillis(40)); // as the PandaPon call listener does for a 40 ms call
            return ScriptedConversation.echo(in);
        });
        double[] previous = {0, 0};
        for (int i = 1; i <= 2; i++) {
            int n = i;
            bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "update " + i);
            Await.until(() -> timer("groupbuy.update.overhead").count() == n, () -> n + " replies queued");
            double wholeMs = timer("groupbuy.update.reply_queued").totalTime(TimeUnit.MILLISECONDS) - previous[0];
            double ownMs = timer("groupbuy.update.overhead").totalTime(TimeUnit.MILLISECONDS) - previous[1];
            // 40 ms of this update only: the measurement starts again with every update
            assertThat(ownMs).isCloseTo(Math.max(0, wholeMs - 40), within(1e-3));
            previous[0] += wholeMs;
            previous[1] += ownMs;
        }
        bed.conversation.script(in -> Reply.NONE);
        bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "quiet");
        Await.until(() -> bed.conversation.seen().size() == 3, () -> "the quiet update handled");
        Await.until(() -> bed.inbox(io.groupbuy.core.port.InboxEvent.State.DONE) == 3, () -> "3 done");

        assertThat(timer("groupbuy.update.reply_queued").count()).isEqualTo(2);
        Gauge queued = bed.metrics.registry().find("groupbuy.outbound.queued").tag("channel", "telegram").gauge();
        assertThat(queued).isNotNull();
        Await.until(() -> queued.value() == 0, () -> "the queue empty once the replies went out");
    }

    @Test
    void upstreamTimeIsPerThreadAndStartsAgainOnReset() throws InterruptedException {
        UpstreamTime.reset();
        UpstreamTime.add(Duration.ofMillis(5));
        UpstreamTime.add(Duration.ofMillis(7));
        Thread other = new Thread(() -> UpstreamTime.add(Duration.ofSeconds(1)));
        other.start();
        other.join();
        assertThat(UpstreamTime.spent()).isEqualTo(Duration.ofMillis(12));
        UpstreamTime.reset();
        assertThat(UpstreamTime.spent()).isZero();
    }

    private Timer timer(String name) {
        Timer t = bed.metrics.registry().find(name).tag("channel", "telegram").timer();
        return t != null ? t : bed.metrics.registry().timer(name + ".absent");
    }
}
