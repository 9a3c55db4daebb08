package io.groupbuy.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.testing.telegram.RecordedCall;
import io.micrometer.core.instrument.Gauge;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Updates are handled as fast as they come even when the rate limits keep their replies queued: handling
 * must not wait for deliveries the limits hold back (it once did, for up to 10 s per update, which tied the
 * updates handled per second to the messages the bot may send per second).
 */
class TelegramBacklogTest {
    private static final int CHATS = 100;

    private TelegramTestBed bed;

    @BeforeEach
    void start() {
        bed = new TelegramTestBed();
        // one message a second in all: replies to 100 chats take 100 s to go out
        bed.start(bed.settings().withLimits(new OutboundLimits(1, 1.0, 20, 1, Duration.ZERO)), bed.conversation);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void aHundredChatsAreHandledWhileTheirRepliesWaitForTheLimits() {
        for (int c = 1; c <= CHATS; c++) {
            bed.fake.pushText(-100_900_000L - c, "supergroup", "Group " + c, 5000 + c, "Member " + c, "en", "hi " + c);
        }

        Await.until(() -> bed.inbox(InboxEvent.State.DONE) == CHATS, Duration.ofSeconds(30),
                () -> CHATS + " updates done, have " + bed.inbox(InboxEvent.State.DONE) + " after "
                        + bed.fake.calls("sendMessage").size() + " replies sent");

        Gauge queued = bed.metrics.registry().find("groupbuy.outbound.queued").tag("channel", "telegram").gauge();
        assertThat(queued.value()).as("replies still waiting for the limits").isGreaterThan(CHATS / 2.0);
        Await.until(() -> !bed.fake.calls("sendMessage").isEmpty(), () -> "replies going out");
        RecordedCall first = bed.fake.calls("sendMessage").get(0);
        assertThat(first.param("text")).isEqualTo("echo: hi " + (-100_900_000L - first.chatId()));
        assertThat(bed.fake.tooManyRequestsCount()).isZero();
    }
}
