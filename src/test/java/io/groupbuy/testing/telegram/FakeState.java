package io.groupbuy.testing.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Everything the fake knows. One monitor guards it all: handlers and test helpers hold {@code synchronized
 * (state)} for short critical sections, long polls wait on it, and every change calls {@link #changed()} so
 * that long polls, the webhook sender and test awaits wake up.
 */
final class FakeState {
  /** A callback query the test pushed, until the bot answers it. */
  static final class PendingCallback {
    final long updateId;
    final long userId;
    final String data;
    boolean answered;

    PendingCallback(long updateId, long userId, String data) {
      this.updateId = updateId;
      this.userId = userId;
      this.data = data;
    }
  }

  final String token;
  final FakeUser bot;
  final Clock clock;
  final int webhookMaxAttempts;
  final Duration webhookFirstBackoff;
  final ChatDirectory chats = new ChatDirectory();
  final FileRegistry files = new FileRegistry();
  final UpdateQueue updates;
  final CallLog log = new CallLog();
  final FloodLimiter limiter;
  final FaultPlan faults = new FaultPlan();
  final Map<String, List<BotCommandEntry>> commands = new HashMap<>();
  final Map<String, PendingCallback> callbackQueries = new HashMap<>();
  final Map<Long, String> callbackQueryIdByUpdate = new HashMap<>();
  private long nextCallbackQueryId = 1;
  boolean closed;

  FakeState(String token, FakeUser bot, Clock clock, int firstUpdateId, FloodLimits limits, boolean enforceLimits,
      int webhookMaxAttempts, Duration webhookFirstBackoff) {
    this.token = token;
    this.bot = bot;
    this.clock = clock;
    this.updates = new UpdateQueue(firstUpdateId);
    this.limiter = new FloodLimiter(limits, enforceLimits);
    this.webhookMaxAttempts = webhookMaxAttempts;
    this.webhookFirstBackoff = webhookFirstBackoff;
  }

  Instant now() {
    return clock.instant();
  }

  /** Wakes everyone waiting on the state; the caller holds the monitor. */
  void changed() {
    notifyAll();
  }

  String nextCallbackQueryId() {
    // Real ids are large decimal strings; these stay recognisable in logs.
    return String.valueOf(4_000_000_000_000_000L + nextCallbackQueryId++);
  }

  /** The chat of a call that posts or edits: it must exist and the bot must still be in it. */
  FakeChat writableChat(long chatId) {
    FakeChat chat = chats.require(chatId);
    String reason = chat.forbiddenReason();
    if (reason != null) {
      throw BotApiException.forbidden(reason);
    }
    return chat;
  }

  /**
   * Polls the probe (outside the monitor, so it may call anything) until it returns non-null; waits on the
   * monitor between tries, at most 50 ms, so changes outside the fake are seen too.
   */
  <T> T await(Supplier<T> probe, Duration timeout, Supplier<String> describe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new AssertionError("Timed out after " + timeout + " waiting for " + describe.get());
      }
      synchronized (this) {
        try {
          TimeUnit.NANOSECONDS.timedWait(this, Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(50)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("Interrupted while waiting for " + describe.get(), e);
        }
      }
    }
  }
}
