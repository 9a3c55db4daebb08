package io.groupbuy.telegram;

import io.groupbuy.conversation.BotMetrics;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every message the bot posts, within Telegram's limits: a FIFO queue per chat with at most one
 * call in flight per chat (order kept), chats served round-robin (one busy group cannot starve the
 * others), a token bucket per chat, a sliding minute per group and a sliding second across all chats.
 *
 * <p>Replies to members (not news) are capped per chat: when more than {@link #MAX_QUEUED_REPLIES} wait
 * for a chat's limits, the oldest are dropped (counted and logged). Members in a group acting faster than
 * the 20 messages a minute Telegram lets the bot post there would otherwise get ever later answers, and
 * under sustained overload the queue would grow until memory runs out; the changes those replies
 * confirmed are stored either way, and the newest replies show the current state. Across all chats at
 * most {@link #MAX_QUEUED_REPLIES_IN_ALL} wait; beyond, the chat with the longest backlog loses its
 * oldest, so that memory stays bounded however many groups flood the bot at once.
 *
 * <p>A failed call is judged by {@link FailedSends}; a message sent again goes back to the head of its
 * chat's queue, and everything waits when several chats get a 429 at once.
 */
final class OutboundScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboundScheduler.class);
    private static final String CHANNEL = "telegram";
    private static final long SECOND = 1_000_000_000L;
    private static final long IDLE_PURGE_NANOS = 5 * 60 * SECOND;
    private static final long PURGE_INTERVAL_NANOS = 10 * SECOND;
    /** Replies a chat may have waiting: a minute of a group's sending. */
    static final int MAX_QUEUED_REPLIES = 20;
    /** Replies all chats together may have waiting: ~160 s of sending at 25/s, ~30 MB of heap at ~7 KB each. */
    static final int MAX_QUEUED_REPLIES_IN_ALL = 4_000;

    /** Delivers one message; {@link MessageSender} in production. */
    interface Deliverer {
        MessageSender.Outcome deliver(long chatId, Rendered message) throws Exception;
    }

    private final Deliverer deliverer;
    private final OutboundLimits limits;
    private final BotMetrics metrics;
    private final ExecutorService senders;
    private final int senderThreads;
    private final Thread dispatcher;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Long, ChatQueue> chats = new HashMap<>();
    /** Chats with queued messages, least recently served first. */
    private final LinkedHashSet<Long> waiting = new LinkedHashSet<>();
    /** Paced, not bursty: a burst of the whole second's allowance would land in Telegram's window with any jitter. */
    private final TokenBucket global;
    private final ArrayDeque<long[]> recent429 = new ArrayDeque<>();
    private final DroppedReplies droppedReplies;
    private final FailedSends failedSends;
    private long globalNotBefore;
    private int inFlight;
    private int replies; // waiting in all chats
    /** Messages in the chats' queues (not yet handed to a sender). */
    private int queued;
    private long lastPurge = System.nanoTime();
    private boolean accepting = true;
    private boolean stopped;

    OutboundScheduler(Deliverer deliverer, OutboundLimits limits, BotMetrics metrics, int senderThreads) {
        this.deliverer = deliverer;
        this.limits = limits;
        this.metrics = metrics;
        this.droppedReplies = new DroppedReplies(metrics, CHANNEL, MAX_QUEUED_REPLIES);
        this.failedSends = new FailedSends(metrics);
        this.global = new TokenBucket(1, limits.globalPerSecond(), System.nanoTime());
        this.senderThreads = senderThreads;
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(senderThreads, r -> {
            Thread t = new Thread(r, "telegram-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.dispatcher = new Thread(this::dispatchLoop, "telegram-outbound");
        this.dispatcher.setDaemon(true);
        this.dispatcher.start();
    }

    /** Queues messages for a chat, in order, behind what the chat already has queued. */
    OutboundTicket send(long chatId, List<Rendered> messages) {
        return send(chatId, messages, i -> { });
    }

    /** As {@link #send(long, List)}; {@code onDelivered} gets the index of each message delivered. */
    OutboundTicket send(long chatId, List<Rendered> messages, IntConsumer onDelivered) {
        return enqueue(chatId, messages, onDelivered, false);
    }

    /**
     * Queues the reply to a member's event; the oldest replies of the chat are dropped (their tickets
     * fail) once more than {@link #MAX_QUEUED_REPLIES} wait.
     */
    OutboundTicket sendReply(long chatId, List<Rendered> messages) {
        return enqueue(chatId, messages, i -> { }, true);
    }

    private OutboundTicket enqueue(long chatId, List<Rendered> messages, IntConsumer onDelivered, boolean reply) {
        OutboundTicket ticket = new OutboundTicket(messages.size(), onDelivered);
        if (messages.isEmpty()) {
            return ticket;
        }
        List<ChatQueue.Item> dropped = new ArrayList<>();
        lock.lock();
        try {
            if (!accepting) {
                return OutboundTicket.refusedAtStop("the Telegram channel is shutting down");
            }
            long now = System.nanoTime();
            ChatQueue chat = chats.computeIfAbsent(chatId, id -> new ChatQueue(id, limits, now));
            for (int i = 0; i < messages.size(); i++) {
                chat.items.addLast(new ChatQueue.Item(messages.get(i), ticket, i, 0, reply));
            }
            queued += messages.size();
            if (reply) {
                chat.replies += messages.size();
                replies += messages.size();
                dropReplies(chat, MAX_QUEUED_REPLIES, dropped);
                ChatQueue longest;
                while (replies > MAX_QUEUED_REPLIES_IN_ALL
                        && (longest = ChatQueue.longestBacklog(chats.values())) != null) {
                    dropReplies(longest, longest.replies - 1, dropped);
                }
            }
            waiting.add(chatId);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        for (ChatQueue.Item item : dropped) {
            item.ticket().failed("dropped: too many replies waiting for the rate limits");
        }
        if (!dropped.isEmpty()) {
            droppedReplies.dropped(chatId, dropped.size());
        }
        return ticket;
    }

    /** Holds the lock. */
    private void dropReplies(ChatQueue chat, int keep, List<ChatQueue.Item> dropped) {
        int n = chat.dropOldestReplies(keep, dropped);
        replies -= n;
        queued -= n;
    }

    private void dispatchLoop() {
        lock.lock();
        try {
            while (!stopped) {
                long wait = dispatchReady();
                if (wait > 0) {
                    changed.awaitNanos(Math.min(wait, SECOND));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Hands every message that may go now to a sender; returns nanos until the next one may (holds the lock). */
    private long dispatchReady() {
        long now = System.nanoTime();
        purgeIdle(now);
        long next = Long.MAX_VALUE;
        for (Long id : new ArrayList<>(waiting)) {
            if (inFlight >= senderThreads) {
                // a call waiting for a free sender would leave later than the limits counted it
                break;
            }
            long globalAt = Math.max(global.readyAt(now), globalNotBefore);
            if (globalAt > now) {
                // no chat may send before the global allowance: looking at the others would only cost time
                next = Math.min(next, globalAt - now);
                break;
            }
            ChatQueue chat = chats.get(id);
            if (chat.busy || chat.items.isEmpty()) {
                continue;
            }
            long at = chat.readyAt(now);
            if (at > now) {
                next = Math.min(next, at - now);
                continue;
            }
            chat.bucket.take(now);
            if (chat.group) {
                chat.minute.add(now);
            }
            global.take(now);
            chat.busy = true;
            inFlight++;
            ChatQueue.Item item = chat.items.pollFirst();
            queued--;
            if (item.reply()) {
                chat.replies--;
                replies--;
            }
            waiting.remove(id);
            if (!chat.items.isEmpty()) {
                waiting.add(id); // to the back of the round
            }
            senders.execute(() -> deliver(chat, item));
        }
        return next == Long.MAX_VALUE ? SECOND : next;
    }

    private void deliver(ChatQueue chat, ChatQueue.Item item) {
        ChatQueue.Item again = null;
        FailedSends.Decision decision = null;
        boolean delivered = false;
        try {
            MessageSender.Outcome outcome = deliverer.deliver(chat.id, item.message());
            if (outcome instanceof MessageSender.Outcome.Delivered d) {
                metrics.outbound(CHANNEL, d.kind());
                delivered = true;
            } else {
                again = item.next(((MessageSender.Outcome.Instead) outcome).next());
            }
        } catch (Throwable t) {
            decision = failedSends.decide(chat.id, item, SendFailure.of(t));
        } finally {
            lock.lock();
            try {
                if (decision instanceof FailedSends.Decision.RateLimited r) {
                    rateLimited(chat, r.seconds());
                    again = item;
                } else if (decision instanceof FailedSends.Decision.Retry r) {
                    chat.notBefore = Math.max(chat.notBefore, System.nanoTime() + r.backoffNanos());
                    again = r.item();
                }
                chat.busy = false;
                chat.lastUsed = System.nanoTime();
                inFlight--;
                if (again != null) {
                    chat.items.addFirst(again);
                    queued++;
                    if (again.reply()) {
                        chat.replies++;
                        replies++;
                    }
                }
                if (!chat.items.isEmpty()) {
                    waiting.add(chat.id);
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
        // completed once the message no longer counts as in flight: whoever waits on the ticket sees pending() without it
        if (delivered) {
            item.ticket().delivered(item.index());
        }
    }

    /** The chat waits {@code retry_after}; all chats do when several were told so within a second (holds the lock). */
    private void rateLimited(ChatQueue chat, int retryAfterSeconds) {
        long now = System.nanoTime();
        long until = now + retryAfterSeconds * SECOND;
        chat.notBefore = Math.max(chat.notBefore, until);
        recent429.addLast(new long[] {now, chat.id});
        while (!recent429.isEmpty() && recent429.peekFirst()[0] < now - SECOND) {
            recent429.removeFirst();
        }
        if (recent429.stream().mapToLong(e -> e[1]).distinct().count() >= 3) {
            log.warn("telegram: several chats rate-limited at once; pausing all sends for {} s", retryAfterSeconds);
            globalNotBefore = Math.max(globalNotBefore, until);
        }
    }

    /** Forgets chats idle long enough that their limits hold nothing any more (a full pass, every 10 s at most). */
    private void purgeIdle(long now) {
        if (chats.size() < 1000 || now - lastPurge < PURGE_INTERVAL_NANOS) {
            return;
        }
        lastPurge = now;
        Iterator<ChatQueue> it = chats.values().iterator();
        while (it.hasNext()) {
            ChatQueue c = it.next();
            if (!c.busy && c.items.isEmpty() && now - c.lastUsed > IDLE_PURGE_NANOS) {
                it.remove();
            }
        }
    }

    /** Messages queued or being sent. */
    int pending() {
        lock.lock();
        try {
            return inFlight + queued;
        } finally {
            lock.unlock();
        }
    }

    /**
     * True when a message queued now for the chat would go out at once, not behind others: the chat has
     * nothing queued or in flight, its limits let it send within a second, and less than a second's worth
     * of messages is queued across all chats.
     */
    boolean prompt(long chatId) {
        lock.lock();
        try {
            long now = System.nanoTime();
            if (!accepting || inFlight + queued >= limits.globalPerSecond() || globalNotBefore - now > SECOND) {
                return false;
            }
            ChatQueue chat = chats.get(chatId);
            return chat == null || (!chat.busy && chat.items.isEmpty() && chat.readyAt(now) - now <= SECOND);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops taking messages, sends what is queued for up to {@code drain}, then fails what is left
     * (their tickets complete exceptionally) and stops.
     */
    void close(Duration drain) {
        long deadline = System.nanoTime() + drain.toNanos();
        List<ChatQueue.Item> unsent = new ArrayList<>();
        lock.lock();
        try {
            accepting = false;
            while (inFlight + queued > 0 && System.nanoTime() < deadline) {
                changed.awaitNanos(Math.min(deadline - System.nanoTime(), SECOND / 10));
            }
            stopped = true;
            for (ChatQueue c : chats.values()) {
                unsent.addAll(c.items);
                c.items.clear();
                c.replies = 0;
            }
            queued = 0;
            replies = 0;
            if (inFlight > 0) {
                log.warn("telegram: shut down with {} messages in flight", inFlight);
            }
            changed.signalAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } finally {
            lock.unlock();
        }
        // outside the lock: whoever waits on a ticket may write to the store (the event is handled again at the next start)
        for (ChatQueue.Item item : unsent) {
            item.ticket().failedAtStop("the Telegram channel shut down before sending");
        }
        senders.shutdown();
        try {
            senders.awaitTermination(TelegramHttp.READ_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        senders.shutdownNow();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
