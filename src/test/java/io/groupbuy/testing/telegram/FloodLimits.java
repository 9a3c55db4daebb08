package io.groupbuy.testing.telegram;

/**
 * Flood limits the fake enforces when enabled. Telegram publishes no exact rule; these follow its FAQ:
 * per chat a token bucket (perChatBurst messages at once, refilled at perChatPerSecond), per group or
 * supergroup at most perGroupPerMinute sends in any 60 s, and at most globalPerSecond sends in any 1 s.
 */
public record FloodLimits(int perChatBurst, double perChatPerSecond, int perGroupPerMinute, int globalPerSecond) {
  public FloodLimits {
    if (perChatBurst < 1 || perChatPerSecond <= 0 || perGroupPerMinute < 1 || globalPerSecond < 1) {
      throw new IllegalArgumentException("flood limits must be positive");
    }
  }

  /** Burst 3 then 1/s per chat, 20/min per group, 30/s overall. */
  public static FloodLimits telegramDefaults() {
    return new FloodLimits(3, 1.0, 20, 30);
  }
}
