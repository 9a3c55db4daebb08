package io.groupbuy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.app.config.ConfigLoader;
import io.groupbuy.conversation.ChannelStatus;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telegram out of reach at start is a passing fault; a refused token is broken configuration. */
class TelegramStartTest {
    @TempDir
    Path dir;

    private Map<String, String> env(String apiUrl, String token) {
        return Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", apiUrl,
                "BOT_DB_URL", "jdbc:sqlite:" + dir.resolve("bot.db"), "BOT_HTTP_HOST", "127.0.0.1",
                "BOT_HTTP_PORT", "0", "PANDAPON_SANDBOX_PORT", "0");
    }

    @Test
    void theBotRunsWhileTelegramIsOutOfReachAndStartsItWhenItComes() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (BotApp app = BotApp.start(ConfigLoader.load(env("http://127.0.0.1:" + port,
                TelegramBotApiFake.DEFAULT_TOKEN), dir), Clock.systemUTC())) {
            ChannelStatus telegram = telegramStatus(app);
            assertThat(telegram.healthy()).isFalse();
            assertThat(telegram.detail()).contains("not started", "getMe failed");
            assertThat(app.health().ready()).isFalse();
            try (TelegramBotApiFake fake = TelegramBotApiFake.builder().port(port).start()) {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (!telegramStatus(app).healthy() && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(telegramStatus(app).healthy()).isTrue();
                assertThat(app.health().ready()).isTrue();
            }
        }
    }

    @Test
    void aRefusedTokenStopsTheStart() {
        try (TelegramBotApiFake fake = TelegramBotApiFake.start()) {
            assertThatThrownBy(() -> BotApp.start(ConfigLoader.load(env(fake.baseUrl(), "999:NotTheRightToken"),
                    dir), Clock.systemUTC())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("refused").hasMessageNotContaining("NotTheRightToken");
        }
        // what started before the refusal stopped with the start: no inbox pump polls the closed database
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("inbox-") && t.isAlive());
    }

    private static ChannelStatus telegramStatus(BotApp app) {
        return app.health().channels().stream().filter(c -> c.channel().equals("telegram")).findFirst()
                .orElseThrow();
    }
}
