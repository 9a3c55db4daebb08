package io.groupbuy.bench;

import io.groupbuy.testing.telegram.SentMessage;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Pushes member actions into the fake at a fixed rate (open loop: the schedule does not wait for the bot),
 * a random member of a random group each time, and remembers when each update was pushed.
 */
final class OpenLoopDriver {
    /** What a run pushed: per kind, and each update's id and push time (epoch ms), in push order. */
    static final class Pushed {
        final Map<ActionPicker.Kind, Integer> byKind = new EnumMap<>(ActionPicker.Kind.class);
        long[] updateIds = new long[1 << 16];
        long[] epochMillis = new long[1 << 16];
        byte[] kinds = new byte[1 << 16];
        int size;
        long startedNanos;
        long endedNanos;
        int behindMax;

        void add(long updateId, long at, ActionPicker.Kind kind) {
            if (size == updateIds.length) {
                updateIds = Arrays.copyOf(updateIds, size * 2);
                epochMillis = Arrays.copyOf(epochMillis, size * 2);
                kinds = Arrays.copyOf(kinds, size * 2);
            }
            updateIds[size] = updateId;
            epochMillis[size] = at;
            kinds[size] = (byte) kind.ordinal();
            size++;
            byKind.merge(kind, 1, Integer::sum);
        }

        double seconds() {
            return (endedNanos - startedNanos) / 1e9;
        }

        double rate() {
            return size / seconds();
        }
    }

    /** Decides a member's next action from what the chat shows. */
    interface Chooser {
        ActionPicker.Action next(GroupChats.Group group, GroupChats.Member member, List<SentMessage> shown);
    }

    /** Told about every pushed action (the crash benchmark keeps them for its replay). */
    interface Listener {
        void pushed(long updateId, ActionPicker.Action action);
    }

    private final TelegramBotApiFake fake;
    private final List<GroupChats.Group> groups;
    private final Chooser chooser;
    private final Random random;
    private volatile Listener listener = (id, action) -> { };
    private volatile boolean stopped;

    OpenLoopDriver(TelegramBotApiFake fake, List<GroupChats.Group> groups, Chooser chooser, long seed) {
        this.fake = fake;
        this.groups = groups;
        this.chooser = chooser;
        this.random = new Random(seed);
    }

    void listener(Listener l) {
        this.listener = l;
    }

    /** Ends a run early (from another thread). */
    void stop() {
        stopped = true;
    }

    /** Pushes {@code rate} updates a second for {@code seconds}; returns what it pushed. */
    Pushed run(double rate, double seconds) {
        Pushed pushed = new Pushed();
        long interval = (long) (1e9 / rate);
        long total = (long) (rate * seconds);
        pushed.startedNanos = System.nanoTime();
        for (long i = 0; i < total && !stopped; i++) {
            long due = pushed.startedNanos + i * interval;
            long now = System.nanoTime();
            if (due > now) {
                sleepNanos(due - now);
            } else {
                pushed.behindMax = (int) Math.max(pushed.behindMax, (now - due) / 1_000_000);
            }
            GroupChats.Group group = groups.get(random.nextInt(groups.size()));
            GroupChats.Member member = group.members().get(random.nextInt(group.members().size()));
            ActionPicker.Action action = chooser.next(group, member, fake.sentMessages(group.chatId()));
            long updateId = action.push().push(fake);
            pushed.add(updateId, System.currentTimeMillis(), action.kind());
            listener.pushed(updateId, action);
        }
        pushed.endedNanos = System.nanoTime();
        return pushed;
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
