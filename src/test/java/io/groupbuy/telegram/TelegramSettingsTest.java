package io.groupbuy.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.core.Secret;
import java.net.URI;
import org.junit.jupiter.api.Test;

class TelegramSettingsTest {
    private static final Secret TOKEN = Secret.of("123:abc");

    @Test
    void defaults() {
        TelegramSettings s = TelegramSettings.polling(TOKEN, TelegramSettings.DEFAULT_API_URL);
        assertThat(s.mode()).isEqualTo(TelegramSettings.Mode.POLLING);
        assertThat(s.pollTimeout().toSeconds()).isEqualTo(50);
        assertThat(s.maxPhotoBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(s.limits()).isEqualTo(OutboundLimits.defaults());
        assertThat(s.apiPort()).isEqualTo(443);
        assertThat(s.toString()).doesNotContain("abc");
    }

    @Test
    void badValuesAreRefused() {
        assertThatThrownBy(() -> TelegramSettings.polling(TOKEN, URI.create("https://proxy.example/telegram")))
                .hasMessageContaining("without a path");
        assertThatThrownBy(() -> TelegramSettings.polling(TOKEN, URI.create("ftp://x"))).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> TelegramSettings.webhook(TOKEN, TelegramSettings.DEFAULT_API_URL,
                Secret.of("has spaces"), null)).hasMessageContaining("TELEGRAM_WEBHOOK_SECRET");
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, TelegramSettings.DEFAULT_API_URL,
                TelegramSettings.Mode.WEBHOOK, null, null, 1, null, null)).hasMessageContaining("needs");
        assertThat(TelegramSettings.polling(TOKEN, URI.create("http://127.0.0.1")).apiPort()).isEqualTo(80);
    }
}
