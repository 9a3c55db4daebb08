package io.groupbuy.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.core.Secret;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook mode, free of any HTTP framework: checks the secret token header in constant time before
 * reading the body, records the update in the inbox and answers at once (processing happens on the
 * chat's lane). Answers with an HTTP status: 200 recorded (or a repeat), 401 missing or wrong secret
 * (nothing recorded), 400 not an update, 500 the inbox could not be written (Telegram will retry).
 */
public final class TelegramWebhookReceiver {
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookReceiver.class);
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final Optional<Secret> secret;
    private final UpdateRecorder recorder;
    private final Runnable wakePump;
    private final BotMetrics metrics;
    private final Clock clock;
    private final AtomicReference<Instant> lastAccepted = new AtomicReference<>();

    TelegramWebhookReceiver(Optional<Secret> secret, UpdateRecorder recorder, Runnable wakePump, BotMetrics metrics,
                            Clock clock) {
        this.secret = secret;
        this.recorder = recorder;
        this.wakePump = wakePump;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Handles one POST; {@code secretHeader} may be null (absent). Returns the HTTP status to answer. */
    public int receive(String secretHeader, byte[] body) {
        if (secret.isEmpty() || !secret.get().matches(secretHeader)) {
            metrics.webhookRejected("telegram");
            return 401;
        }
        JsonNode update;
        try {
            update = TelegramJson.tree(body);
            UpdateRecorder.updateId(update);
            TelegramJson.update(update); // refused here, or it would fail again at every attempt from the inbox
        } catch (Exception e) {
            log.warn("telegram: webhook body is not an update ({})", e.getClass().getSimpleName());
            return 400;
        }
        try {
            recorder.record(List.of(update));
        } catch (RuntimeException e) {
            log.error("telegram: could not record a webhook update; Telegram will deliver it again", e);
            return 500;
        }
        lastAccepted.set(clock.instant());
        wakePump.run();
        return 200;
    }

    Instant lastAccepted() {
        return lastAccepted.get();
    }
}
