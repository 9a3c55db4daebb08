package io.groupbuy.playground;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What was said in every room, the last {@link #MAX_PER_ROOM} lines of each, numbered by one sequence
 * across rooms so the page follows everything with one long poll. In memory only.
 */
public final class PlaygroundLog {
    public static final int MAX_PER_ROOM = 500;
    /** Lines per answer; the page asks again for the rest. */
    public static final int MAX_BATCH = 1000;
    /** Long polls waiting at once; more are answered at once with nothing new. */
    static final int MAX_WAITERS = 256;
    private static final int NEWS_KEYS_PER_ROOM = 1000;

    /**
     * An answer to "what happened after {@code after}": {@code boot} changes when the server restarts (the
     * page then starts over); {@code latest} is the {@code after} of the next question.
     */
    public record Batch(String boot, long latest, List<LogEntry> events) {
    }

    private static final class RoomLines {
        final LinkedHashMap<Long, LogEntry> byId = new LinkedHashMap<>();
        final Map<String, Long> idByReplaceKey = new HashMap<>();
        final LinkedHashSet<String> newsKeys = new LinkedHashSet<>();
    }

    private final String boot = UUID.randomUUID().toString();
    private final Map<String, RoomLines> rooms = new HashMap<>();
    private final List<CompletableFuture<Void>> waiters = new ArrayList<>();
    private long seq;
    private boolean closed;

    public String boot() {
        return boot;
    }

    public synchronized long latest() {
        return seq;
    }

    /** Adds a line at the end of its room. */
    public LogEntry append(LogEntry draft) {
        LogEntry added;
        synchronized (this) {
            added = store(lines(draft.room()), draft, null);
        }
        wakeWaiters();
        return added;
    }

    /**
     * Adds a bot line, or replaces in place the earlier line with the same replace key (a Telegram edit).
     */
    public LogEntry appendOrReplace(LogEntry draft) {
        LogEntry added;
        synchronized (this) {
            RoomLines room = lines(draft.room());
            String key = draft.replaceKey();
            Long earlier = key == null ? null : room.idByReplaceKey.get(key);
            added = store(room, draft, earlier != null && room.byId.containsKey(earlier) ? earlier : null);
        }
        wakeWaiters();
        return added;
    }

    /** True the first time a news key is seen in a room: a relay's retry of delivered news is shown once. */
    public synchronized boolean firstNews(String room, String newsKey) {
        Set<String> keys = lines(room).newsKeys;
        if (!keys.add(newsKey)) {
            return false;
        }
        if (keys.size() > NEWS_KEYS_PER_ROOM) {
            Iterator<String> oldest = keys.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** Lines changed after {@code after} (of one room, or of all when {@code room} is null), oldest change first. */
    public synchronized Batch after(long after, String room) {
        List<LogEntry> found = new ArrayList<>();
        for (Map.Entry<String, RoomLines> r : rooms.entrySet()) {
            if (room != null && !room.equals(r.getKey())) {
                continue;
            }
            for (LogEntry e : r.getValue().byId.values()) {
                if (e.seq() > after) {
                    found.add(e);
                }
            }
        }
        found.sort(Comparator.comparingLong(LogEntry::seq));
        if (found.size() > MAX_BATCH) {
            List<LogEntry> first = List.copyOf(found.subList(0, MAX_BATCH));
            return new Batch(boot, first.get(first.size() - 1).seq(), first);
        }
        return new Batch(boot, Math.max(after, seq), List.copyOf(found));
    }

    /** Like {@link #after} but, when nothing is new, waits up to {@code wait} for a change (without a thread). */
    public CompletableFuture<Batch> await(long after, String room, Duration wait) {
        CompletableFuture<Void> signal = new CompletableFuture<>();
        synchronized (this) {
            Batch now = after(after, room);
            if (!now.events().isEmpty() || wait.isZero() || wait.isNegative() || after > seq
                    || waiters.size() >= MAX_WAITERS || closed) {
                return CompletableFuture.completedFuture(now);
            }
            waiters.add(signal);
        }
        signal.completeOnTimeout(null, wait.toMillis(), TimeUnit.MILLISECONDS);
        signal.whenComplete((v, e) -> forget(signal));
        // Not on the thread that appended (a chat lane): the answer is written from the common pool.
        return signal.thenApplyAsync(v -> after(after, room));
    }

    /**
     * The server is about to stop: waiting polls are answered now (with nothing new) and later ones at
     * once, so no poll is still open when the server goes away.
     */
    public void close() {
        synchronized (this) {
            closed = true;
        }
        wakeWaiters();
    }

    synchronized int waiting() {
        return waiters.size();
    }

    private synchronized void forget(CompletableFuture<Void> signal) {
        waiters.remove(signal);
    }

    private void wakeWaiters() {
        List<CompletableFuture<Void>> woken;
        synchronized (this) {
            woken = List.copyOf(waiters);
            waiters.clear();
        }
        woken.forEach(w -> w.complete(null));
    }

    private RoomLines lines(String room) {
        return rooms.computeIfAbsent(room, r -> new RoomLines());
    }

    private LogEntry store(RoomLines room, LogEntry draft, Long replacing) {
        seq++;
        LogEntry e = draft.numbered(replacing == null ? seq : replacing, seq, replacing != null);
        room.byId.put(e.id(), e);
        if (e.replaceKey() != null) {
            room.idByReplaceKey.put(e.replaceKey(), e.id());
        }
        while (room.byId.size() > MAX_PER_ROOM) {
            Iterator<LogEntry> oldest = room.byId.values().iterator();
            LogEntry gone = oldest.next();
            oldest.remove();
            if (gone.replaceKey() != null) {
                room.idByReplaceKey.remove(gone.replaceKey(), gone.id());
            }
        }
        return e;
    }
}
