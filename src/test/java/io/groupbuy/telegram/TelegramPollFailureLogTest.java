package io.groupbuy.telegram;

import static io.groupbuy.telegram.TelegramTestBed.ALICE;
import static io.groupbuy.telegram.TelegramTestBed.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.groupbuy.testing.telegram.Fault;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A poll whose connection breaks is a passing event: the updates come again and are handled once, and
 * the log says so in one WARN line, without the library's ERROR and stack trace.
 */
class TelegramPollFailureLogTest {

    @Test
    void aBrokenPollIsOneWarningAndTheUpdatesAreHandledOnce() {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(captured);
        try (TelegramTestBed bed = new TelegramTestBed()) {
            bed.start();
            bed.fake.failNext("getUpdates", 2, Fault.dropResponse());
            bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "after a reset");
            Await.until(() -> !bed.conversation.seen().isEmpty(), () -> "the update after two broken polls");
            Await.until(() -> bed.fake.calls("getUpdates").stream().filter(c -> c.fault() == null).count() >= 2,
                    () -> "polling on after the resets");

            assertThat(bed.conversation.texts(GROUP)).containsExactly("after a reset");
        } finally {
            root.detachAppender(captured);
        }
        assertThat(captured.list).filteredOn(e -> e.getLevel() == Level.ERROR).isEmpty();
        assertThat(captured.list).filteredOn(e -> e.getLoggerName().startsWith("org.telegram"))
                .allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        assertThat(captured.list).filteredOn(e -> e.getLoggerName().equals(PollFailures.class.getName()))
                .isNotEmpty().allSatisfy(e -> {
                    assertThat(e.getLevel()).isEqualTo(Level.WARN);
                    assertThat(e.getFormattedMessage()).startsWith("telegram: getUpdates failed");
                });
    }
}
