package io.groupbuy.telegram;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/** One chat's messages waiting to be sent, and its limits (OutboundScheduler holds the lock around it). */
final class ChatQueue {
    private static final long SECOND = 1_000_000_000L;

    /** A message of a ticket; {@code reply} for answers to members' events (which may be dropped), not news. */
    record Item(Rendered message, OutboundTicket ticket, int index, int connectAttempts, boolean reply) {
        Item next(Rendered other) {
            return new Item(other, ticket, index, 0, reply);
        }
    }

    final long id;
    final boolean group;
    final ArrayDeque<Item> items = new ArrayDeque<>();
    final TokenBucket bucket;
    final SlidingWindow minute;
    int replies;
    boolean busy;
    long notBefore;
    long lastUsed;

    ChatQueue(long id, OutboundLimits limits, long now) {
        this.id = id;
        this.group = id < 0; // groups, supergroups and channels have negative ids
        this.bucket = new TokenBucket(limits.perChatBurst(), limits.perChatPerSecond(), now);
        this.minute = group ? new SlidingWindow(limits.perGroupPerMinute(),
                60 * SECOND + limits.windowGuard().toNanos()) : null;
    }

    long readyAt(long now) {
        long at = Math.max(notBefore, bucket.readyAt(now));
        return group ? Math.max(at, minute.readyAt(now)) : at;
    }

    /** Takes out the oldest replies (never news) until at most {@code keep} wait; returns how many went. */
    int dropOldestReplies(int keep, List<Item> dropped) {
        int before = replies;
        Iterator<Item> it = items.iterator();
        while (replies > keep && it.hasNext()) {
            Item item = it.next();
            if (item.reply()) {
                it.remove();
                replies--;
                dropped.add(item);
            }
        }
        return before - replies;
    }

    /** The chat with the most replies waiting, or null if none has any. */
    static ChatQueue longestBacklog(Collection<ChatQueue> chats) {
        ChatQueue longest = null;
        for (ChatQueue c : chats) {
            if (c.replies > 0 && (longest == null || c.replies > longest.replies)) {
                longest = c;
            }
        }
        return longest;
    }
}
