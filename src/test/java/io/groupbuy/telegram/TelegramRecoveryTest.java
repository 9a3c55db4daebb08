package io.groupbuy.telegram;

import static io.groupbuy.telegram.TelegramTestBed.ALICE;
import static io.groupbuy.telegram.TelegramTestBed.BOB;
import static io.groupbuy.telegram.TelegramTestBed.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.store.Database;
import io.groupbuy.testing.InMemoryStores;
import io.groupbuy.testing.telegram.Fault;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crashes, stalls and store failures: nothing lost, nothing handled twice, polling keeps going. */
class TelegramRecoveryTest {
    private static final long PRIVATE = 2002L;

    @Test
    void updatesRecordedButNotProcessedAreHandledExactlyOnceAfterACrash(@TempDir Path dir) throws Exception {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("bot.db"));
             TelegramBotApiFake fake = TelegramBotApiFake.start()) {
            db.migrate();
            List<String> completed = new CopyOnWriteArrayList<>();
            CountDownLatch never = new CountDownLatch(1);
            TelegramTestBed before = new TelegramTestBed(fake, db.transactions(), false);
            before.conversation.script(in -> {
                if (completed.size() >= 3) {
                    try {
                        never.await(); // the process "dies" while handling this update
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("crashed");
                }
                completed.add(in.eventId());
                return Reply.text("ok " + in.eventId());
            });
            before.start();

            // phase 1: three updates handled and confirmed
            for (int i = 1; i <= 3; i++) {
                fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "early " + i);
            }
            Await.until(() -> before.inbox(InboxEvent.State.DONE) == 3 && fake.pendingUpdateCount() == 0,
                    () -> "3 handled, confirmed");
            // phase 2: the next polls reach Telegram but never confirm anything (the connection drops)
            Await.until(() -> fake.activeLongPolls() == 1, () -> "a waiting long poll");
            fake.failNext("getUpdates", 1_000_000, Fault.dropConnection());
            for (int i = 1; i <= 5; i++) {
                fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "late " + i);
                fake.pushText(PRIVATE, "private", "Bob", BOB, "Bob", "th", "private " + i);
            }
            Await.until(() -> before.inbox(InboxEvent.State.PENDING) >= 1, () -> "a batch recorded");
            long recorded = before.inbox(InboxEvent.State.PENDING) + before.inbox(InboxEvent.State.DONE);
            before.close(); // crash: nothing more is processed
            int unconfirmed = fake.pendingUpdateCount();
            long storedButUnconfirmed = unconfirmed - (13 - recorded);
            fake.clearFaults();

            TelegramTestBed after = new TelegramTestBed(fake, db.transactions(), false);
            after.start();
            Await.until(() -> after.conversation.seen().size() == 10, () -> "the 10 remaining updates, have "
                    + after.conversation.seen().stream().map(Incoming::eventId).toList());
            Await.until(() -> after.inbox(InboxEvent.State.DONE) == 13, () -> "every update done");

            List<String> all = new ArrayList<>(completed);
            after.conversation.seen().forEach(in -> all.add(in.eventId()));
            Set<String> distinct = new HashSet<>(all);
            assertThat(all).hasSize(13);
            assertThat(distinct).hasSize(13);
            assertThat(storedButUnconfirmed).isPositive();
            assertThat(after.count("groupbuy.updates.duplicates"))
                    .as("stored-but-unconfirmed updates come back and are dropped; confirmed ones never come back")
                    .isEqualTo(storedButUnconfirmed);
            assertThat(after.conversation.texts(GROUP)).containsExactly("late 1", "late 2", "late 3", "late 4",
                    "late 5");
            assertThat(after.conversation.texts(PRIVATE)).containsExactly("private 1", "private 2", "private 3",
                    "private 4", "private 5");
            after.close();
            never.countDown();
        }
    }

    @Test
    void aBatchTheInboxCouldNotStoreIsFetchedAgainAndHandledOnce() {
        FlakyTransactions tx = new FlakyTransactions(new InMemoryStores());
        try (TelegramTestBed bed = new TelegramTestBed(TelegramBotApiFake.start(), tx, true)) {
            TelegramChannel channel = bed.start();
            Await.until(() -> bed.fake.activeLongPolls() == 1, () -> "a waiting long poll");
            tx.failNextWrites(5);
            bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "survives");

            Await.until(() -> bed.conversation.seen().size() == 1, () -> "the update after the store recovered");
            Await.until(() -> bed.inbox(InboxEvent.State.DONE) == 1, () -> "done");
            assertThat(tx.failed()).isEqualTo(5);
            assertThat(bed.conversation.texts(GROUP)).containsExactly("survives");
            bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "next");
            Await.until(() -> bed.conversation.seen().size() == 2, () -> "polling goes on");
            assertThat(bed.conversation.seen()).extracting(Incoming::eventId).doesNotHaveDuplicates();
            assertThat(channel.status().healthy()).isTrue();
        }
    }

    @Test
    void theWatchdogRestartsAStalledSessionAndSaysSoInTheStatus() {
        try (TelegramTestBed bed = new TelegramTestBed()) {
            TelegramChannel channel = bed.start();
            Await.until(() -> bed.fake.activeLongPolls() == 1, () -> "a waiting long poll");
            assertThat(channel.status().healthy()).isTrue();
            // the next two getUpdates hang far beyond 3 poll timeouts (and the client's read timeout): the
            // session that replaces the first stalled one stalls too, so the stalled status lasts a while
            bed.fake.failNext("getUpdates", 2, Fault.delay(Duration.ofSeconds(60)));

            Await.until(() -> !channel.status().healthy(), () -> "a stalled status");
            assertThat(channel.status().detail()).contains("stalled");
            Await.until(() -> channel.status().healthy() && channel.status().detail().contains("restarts: 2"),
                    () -> "a restarted session, status " + channel.status());
            bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "after the stall");
            Await.until(() -> bed.conversation.seen().size() == 1, () -> "an update through the new session");
        }
    }
}
