package io.groupbuy.app.config;

import io.groupbuy.core.Secret;
import java.net.URI;
import java.util.Optional;

/** The Telegram channel, present when TELEGRAM_BOT_TOKEN is set. */
public record TelegramConfig(Secret botToken, URI apiUrl, Mode mode, Optional<Secret> webhookSecret) {
    public enum Mode {
        POLLING,
        WEBHOOK
    }
}
