package io.groupbuy.telegram;

import java.time.Duration;

/**
 * How fast the bot sends (platform-limits.md §1a): about one message a second per chat with a small
 * burst, 20 a minute per group, about 30 a second in all. Defaults stay a little under the published
 * figures, and the group window carries a guard so that network jitter cannot squeeze 21 sends into
 * Telegram's minute.
 *
 * @param perChatBurst     messages a chat may receive at once before the per-second rate applies
 * @param perChatPerSecond steady messages per second per chat
 * @param perGroupPerMinute messages per minute to one group (groups, supergroups and channels)
 * @param globalPerSecond  messages per second across all chats, one every 1/globalPerSecond s
 * @param windowGuard      added to the group minute
 */
public record OutboundLimits(int perChatBurst, double perChatPerSecond, int perGroupPerMinute, int globalPerSecond,
                             Duration windowGuard) {
    public OutboundLimits {
        if (perChatBurst < 1 || perChatPerSecond <= 0 || perGroupPerMinute < 1 || globalPerSecond < 1) {
            throw new IllegalArgumentException("outbound limits must be positive");
        }
        if (windowGuard == null || windowGuard.isNegative()) {
            throw new IllegalArgumentException("window guard must be zero or more");
        }
    }

    /** Burst 2 then 1/s per chat, 20/min per group, 25/s in all, 1 s guard on the group minute. */
    public static OutboundLimits defaults() {
        return new OutboundLimits(2, 1.0, 20, 25, Duration.ofSeconds(1));
    }
}
