package io.groupbuy.testing.telegram;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Enforces {@link FloodLimits} on "sends": sendMessage, sendPhoto, sendDocument and the three editMessage*
 * methods (Telegram rate-limits edits of busy messages too). sendChatAction, answerCallbackQuery and
 * deleteMessage are not counted. A rejected send consumes nothing. Guarded by the state lock.
 */
final class FloodLimiter {
  static final Set<String> SENDS = Set.of("sendMessage", "sendPhoto", "sendDocument", "editMessageText",
      "editMessageCaption", "editMessageReplyMarkup");
  private static final long SECOND = 1_000_000_000L;
  private static final long MINUTE = 60 * SECOND;

  private static final class Bucket {
    double tokens;
    long updatedAt;
  }

  private FloodLimits limits;
  private boolean enabled;
  private final Map<Long, Bucket> perChat = new HashMap<>();
  private final Map<Long, ArrayDeque<Long>> perGroup = new HashMap<>();
  private final ArrayDeque<Long> global = new ArrayDeque<>();

  FloodLimiter(FloodLimits limits, boolean enabled) {
    this.limits = limits;
    this.enabled = enabled;
  }

  void enabled(boolean on) {
    enabled = on;
  }

  boolean enabled() {
    return enabled;
  }

  void limits(FloodLimits newLimits) {
    limits = newLimits;
    perChat.clear();
  }

  FloodLimits limits() {
    return limits;
  }

  /** Takes one send for the chat, or throws 429 with the seconds until every limit has room again. */
  void acquire(long chatId, boolean group, long now) {
    if (!enabled) {
      return;
    }
    Bucket bucket = perChat.computeIfAbsent(chatId, id -> {
      Bucket b = new Bucket();
      b.tokens = limits.perChatBurst();
      b.updatedAt = now;
      return b;
    });
    bucket.tokens = Math.min(limits.perChatBurst(),
        bucket.tokens + (now - bucket.updatedAt) * limits.perChatPerSecond() / SECOND);
    bucket.updatedAt = now;
    double waitNanos = bucket.tokens >= 1 ? 0 : (1 - bucket.tokens) * SECOND / limits.perChatPerSecond();
    ArrayDeque<Long> groupWindow = group ? perGroup.computeIfAbsent(chatId, id -> new ArrayDeque<>()) : null;
    if (groupWindow != null) {
      waitNanos = Math.max(waitNanos, windowWait(groupWindow, limits.perGroupPerMinute(), MINUTE, now));
    }
    waitNanos = Math.max(waitNanos, windowWait(global, limits.globalPerSecond(), SECOND, now));
    if (waitNanos > 0) {
      throw BotApiException.tooManyRequests((int) Math.max(1, Math.ceil(waitNanos / SECOND)));
    }
    bucket.tokens -= 1;
    if (groupWindow != null) {
      groupWindow.addLast(now);
    }
    global.addLast(now);
  }

  private static double windowWait(ArrayDeque<Long> window, int max, long length, long now) {
    while (!window.isEmpty() && window.peekFirst() <= now - length) {
      window.removeFirst();
    }
    return window.size() < max ? 0 : window.peekFirst() + length - now;
  }
}
