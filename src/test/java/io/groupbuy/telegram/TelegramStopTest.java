package io.groupbuy.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.testing.InMemoryStores;
import io.groupbuy.testing.telegram.RecordedCall;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A stop while replies still wait for the rate limits: their updates go back to the inbox as pending,
 * and the next start answers each of them once.
 */
class TelegramStopTest {
    private static final long CHAT = -100_777_000L;
    private static final int UPDATES = 8;

    @Test
    void repliesDroppedAtAStopAreAnsweredAfterTheRestartEachOnce() {
        InMemoryStores tx = new InMemoryStores();
        try (TelegramBotApiFake fake = TelegramBotApiFake.start()) {
            try (TelegramTestBed first = new TelegramTestBed(fake, tx, false)) {
                // one message to the chat, then one every 100 s: every later reply stays queued
                TelegramChannel channel = first.start(first.settings().withLimits(
                        new OutboundLimits(1, 0.01, 20, 30, Duration.ZERO)), first.conversation);
                for (int i = 1; i <= UPDATES; i++) {
                    fake.pushText(CHAT, "supergroup", "Buyers", 5001, "Anna", "en", "hi " + i);
                }
                Await.until(() -> first.inbox(InboxEvent.State.DONE) == UPDATES, Duration.ofSeconds(20),
                        () -> "every update handled, have " + first.inbox(InboxEvent.State.DONE));
                assertThat(fake.calls("sendMessage")).hasSize(1);

                channel.close(Duration.ofMillis(200));

                assertThat(first.inbox(InboxEvent.State.PENDING)).as("updates whose reply was dropped unsent")
                        .isEqualTo(UPDATES - 1);
            }

            try (TelegramTestBed second = new TelegramTestBed(fake, tx, false)) {
                second.start();
                Await.until(() -> fake.calls("sendMessage").size() >= UPDATES
                        && second.inbox(InboxEvent.State.DONE) == UPDATES, Duration.ofSeconds(30),
                        () -> "replies after the restart: " + fake.calls("sendMessage").size());
                List<String> texts = fake.calls("sendMessage").stream().map(c -> c.param("text")).toList();
                assertThat(texts).containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, UPDATES).mapToObj(i -> "echo: hi " + i).toList());
                assertThat(fake.calls("sendMessage")).map(RecordedCall::chatId).containsOnly(CHAT);
            }
        }
    }
}
