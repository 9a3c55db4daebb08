package io.groupbuy.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The room logs: numbering, replacement in place, bounds, news keys, long polls. */
class PlaygroundLogTest {
    private static final Instant AT = Instant.parse("2026-05-01T08:00:00Z");
    private final PlaygroundLog log = new PlaygroundLog();

    private static LogEntry card(String room, String key, String title) {
        return LogEntry.bot(room, AT, new MessageView("card", key, null, null, null, null, title, null, null, null,
                null, null, null, null, null, List.of(), null, null, null, null, null, null));
    }

    private static LogEntry said(String room, String text) {
        return LogEntry.said(room, AT, new LogEntry.Speaker("m-1", "Anna"), text);
    }

    @Test
    void linesAreNumberedByOneSequenceAcrossRooms() {
        LogEntry a = log.append(said("room-1", "hi"));
        LogEntry b = log.append(said("room-2", "hello"));
        LogEntry c = log.append(said("room-1", "again"));

        assertThat(List.of(a.id(), b.id(), c.id())).containsExactly(1L, 2L, 3L);
        assertThat(log.after(0, "room-1").events()).extracting(LogEntry::text).containsExactly("hi", "again");
        assertThat(log.after(1, null).events()).extracting(LogEntry::text).containsExactly("hello", "again");
        assertThat(log.after(3, null).latest()).isEqualTo(3);
    }

    @Test
    void aMessageWithAKnownReplaceKeyReplacesTheEarlierOneInPlace() {
        LogEntry first = log.appendOrReplace(card("room-1", "card:1", "choose a colour"));
        log.append(said("room-1", "pressed red"));
        LogEntry second = log.appendOrReplace(card("room-1", "card:1", "choose a size"));
        LogEntry elsewhere = log.appendOrReplace(card("room-2", "card:1", "another room"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.seq()).isEqualTo(3);
        assertThat(second.edited()).isTrue();
        assertThat(elsewhere.id()).isNotEqualTo(first.id());
        assertThat(log.after(0, "room-1").events()).extracting(LogEntry::id, LogEntry::seq)
                .containsExactly(tuple(2L, 2L), tuple(1L, 3L));
        assertThat(log.after(2, "room-1").events()).singleElement().satisfies(e ->
                assertThat(e.message().title()).isEqualTo("choose a size"));
    }

    @Test
    void eachRoomKeepsItsLastLinesAndAnEvictedKeyStartsAFreshLine() {
        LogEntry old = log.appendOrReplace(card("room-1", "card:old", "old card"));
        for (int i = 0; i < PlaygroundLog.MAX_PER_ROOM; i++) {
            log.append(said("room-1", "line " + i));
        }
        assertThat(log.after(0, "room-1").events()).hasSize(PlaygroundLog.MAX_PER_ROOM)
                .noneMatch(e -> e.id() == old.id());

        LogEntry again = log.appendOrReplace(card("room-1", "card:old", "old card, edited"));

        assertThat(again.id()).isGreaterThan(old.id());
        assertThat(again.edited()).isNull();
    }

    @Test
    void newsKeysAreShownOncePerRoom() {
        assertThat(log.firstNews("room-1", "news:1")).isTrue();
        assertThat(log.firstNews("room-1", "news:1")).isFalse();
        assertThat(log.firstNews("room-2", "news:1")).isTrue();
    }

    @Test
    void aLongPollAnswersAtOnceWhenSomethingIsNewAndOtherwiseWhenSomethingHappens() throws Exception {
        log.append(said("room-1", "hi"));
        assertThat(log.await(0, null, Duration.ofSeconds(20)).get(1, TimeUnit.SECONDS).events()).hasSize(1);

        CompletableFuture<PlaygroundLog.Batch> waiting = log.await(1, "room-1", Duration.ofSeconds(20));
        assertThat(waiting).isNotDone();
        assertThat(log.waiting()).isEqualTo(1);
        log.append(said("room-2", "elsewhere"));
        PlaygroundLog.Batch woken = waiting.get(10, TimeUnit.SECONDS);
        assertThat(woken.events()).isEmpty(); // woken by another room: the page simply asks again
        assertThat(woken.latest()).isEqualTo(2);
        assertThat(log.waiting()).isZero();
    }

    @Test
    void aLongPollEndsEmptyAfterItsWaitAndAStaleCursorIsAnsweredAtOnce() throws Exception {
        PlaygroundLog.Batch timedOut = log.await(0, null, Duration.ofMillis(50)).get(10, TimeUnit.SECONDS);
        assertThat(timedOut.events()).isEmpty();
        assertThat(timedOut.boot()).isEqualTo(log.boot());

        CompletableFuture<PlaygroundLog.Batch> fromAnotherBoot = log.await(99, null, Duration.ofSeconds(20));
        assertThat(fromAnotherBoot).isDone();
    }
}
