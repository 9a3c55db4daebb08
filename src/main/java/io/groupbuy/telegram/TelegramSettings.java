package io.groupbuy.telegram;

import io.groupbuy.core.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the Telegram channel needs, validated.
 *
 * @param botToken         TELEGRAM_BOT_TOKEN (part of every Bot API URL: never logged)
 * @param apiUrl           TELEGRAM_API_URL, scheme://host[:port] with no path
 * @param mode             polling (default) or webhook
 * @param webhookSecret    TELEGRAM_WEBHOOK_SECRET, required in webhook mode; 1-256 of [A-Za-z0-9_-]
 * @param publicWebhookUrl the complete URL Telegram should post to, e.g. {@code https://bot.example/telegram/webhook};
 *                         absent: setWebhook is skipped with a warning (the route still serves)
 * @param maxPhotoBytes    photos members send are downloaded up to this size
 * @param pollTimeout      long-polling timeout (50 s; tests use 1 s); the watchdog acts after 3 of them
 * @param limits           outbound rate limits
 */
public record TelegramSettings(Secret botToken, URI apiUrl, Mode mode, Optional<Secret> webhookSecret,
                               Optional<URI> publicWebhookUrl, long maxPhotoBytes, Duration pollTimeout,
                               OutboundLimits limits) {
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");
    public static final long DEFAULT_MAX_PHOTO_BYTES = 10L * 1024 * 1024;
    public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofSeconds(50);
    private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public enum Mode {
        POLLING,
        WEBHOOK
    }

    public TelegramSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(mode, "mode");
        webhookSecret = webhookSecret == null ? Optional.empty() : webhookSecret;
        publicWebhookUrl = publicWebhookUrl == null ? Optional.empty() : publicWebhookUrl;
        pollTimeout = pollTimeout == null ? DEFAULT_POLL_TIMEOUT : pollTimeout;
        limits = limits == null ? OutboundLimits.defaults() : limits;
        if (botToken.isBlank() || botToken.reveal().contains("/")) {
            throw new IllegalArgumentException("the bot token is blank or malformed");
        }
        if (apiUrl.getScheme() == null || apiUrl.getHost() == null
                || !(apiUrl.getScheme().equals("http") || apiUrl.getScheme().equals("https"))
                || !(apiUrl.getRawPath() == null || apiUrl.getRawPath().isEmpty() || apiUrl.getRawPath().equals("/"))) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be http(s)://host[:port] without a path");
        }
        if (mode == Mode.WEBHOOK && webhookSecret.isEmpty()) {
            throw new IllegalArgumentException("webhook mode needs TELEGRAM_WEBHOOK_SECRET");
        }
        if (webhookSecret.isPresent() && !SECRET_TOKEN.matcher(webhookSecret.get().reveal()).matches()) {
            throw new IllegalArgumentException("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -");
        }
        if (maxPhotoBytes < 1) {
            throw new IllegalArgumentException("maxPhotoBytes must be positive");
        }
        if (pollTimeout.isNegative() || pollTimeout.isZero() || pollTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("pollTimeout must be at least one second");
        }
    }

    /** Long polling with every default. */
    public static TelegramSettings polling(Secret botToken, URI apiUrl) {
        return new TelegramSettings(botToken, apiUrl, Mode.POLLING, Optional.empty(), Optional.empty(),
                DEFAULT_MAX_PHOTO_BYTES, DEFAULT_POLL_TIMEOUT, OutboundLimits.defaults());
    }

    /** Webhook mode; {@code publicWebhookUrl} may be null to skip setWebhook. */
    public static TelegramSettings webhook(Secret botToken, URI apiUrl, Secret webhookSecret, URI publicWebhookUrl) {
        return new TelegramSettings(botToken, apiUrl, Mode.WEBHOOK, Optional.of(webhookSecret),
                Optional.ofNullable(publicWebhookUrl), DEFAULT_MAX_PHOTO_BYTES, DEFAULT_POLL_TIMEOUT,
                OutboundLimits.defaults());
    }

    public TelegramSettings withPollTimeout(Duration timeout) {
        return new TelegramSettings(botToken, apiUrl, mode, webhookSecret, publicWebhookUrl, maxPhotoBytes, timeout,
                limits);
    }

    public TelegramSettings withLimits(OutboundLimits newLimits) {
        return new TelegramSettings(botToken, apiUrl, mode, webhookSecret, publicWebhookUrl, maxPhotoBytes,
                pollTimeout, newLimits);
    }

    public TelegramSettings withMaxPhotoBytes(long bytes) {
        return new TelegramSettings(botToken, apiUrl, mode, webhookSecret, publicWebhookUrl, bytes, pollTimeout,
                limits);
    }

    /** The port of {@link #apiUrl}, defaulted from its scheme. */
    int apiPort() {
        if (apiUrl.getPort() > 0) {
            return apiUrl.getPort();
        }
        return apiUrl.getScheme().equals("https") ? 443 : 80;
    }
}
