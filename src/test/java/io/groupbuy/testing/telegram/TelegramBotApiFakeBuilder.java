package io.groupbuy.testing.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;

/** Options of a {@link TelegramBotApiFake}; every one has a default. */
public final class TelegramBotApiFakeBuilder {
  String token = TelegramBotApiFake.DEFAULT_TOKEN;
  String botUsername = "groupbuy_test_bot";
  String botFirstName = "GroupBuy Test Bot";
  int port;
  Clock clock = Clock.systemUTC();
  FloodLimits floodLimits = FloodLimits.telegramDefaults();
  boolean enforceLimits;
  int firstUpdateId = 1;
  int webhookMaxAttempts = 3;
  Duration webhookFirstBackoff = Duration.ofMillis(200);

  TelegramBotApiFakeBuilder() {}

  public TelegramBotApiFakeBuilder token(String token) {
    this.token = token;
    return this;
  }

  public TelegramBotApiFakeBuilder botUsername(String botUsername) {
    this.botUsername = botUsername;
    return this;
  }

  public TelegramBotApiFakeBuilder botFirstName(String botFirstName) {
    this.botFirstName = botFirstName;
    return this;
  }

  /** 0 (default) for an ephemeral port. */
  public TelegramBotApiFakeBuilder port(int port) {
    this.port = port;
    return this;
  }

  public TelegramBotApiFakeBuilder clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  public TelegramBotApiFakeBuilder floodLimits(FloodLimits floodLimits) {
    this.floodLimits = floodLimits;
    return this;
  }

  public TelegramBotApiFakeBuilder enforceLimits(boolean enforceLimits) {
    this.enforceLimits = enforceLimits;
    return this;
  }

  /** update_id of the first pushed update (TelegramBots keeps update ids in an int). */
  public TelegramBotApiFakeBuilder firstUpdateId(int firstUpdateId) {
    this.firstUpdateId = firstUpdateId;
    return this;
  }

  /** Webhook delivery: attempts per update, and the first backoff (doubled after every failure). */
  public TelegramBotApiFakeBuilder webhookRetry(int maxAttempts, Duration firstBackoff) {
    this.webhookMaxAttempts = maxAttempts;
    this.webhookFirstBackoff = firstBackoff;
    return this;
  }

  public TelegramBotApiFake start() {
    try {
      return new TelegramBotApiFake(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
