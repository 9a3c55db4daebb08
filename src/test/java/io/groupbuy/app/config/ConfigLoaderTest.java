package io.groupbuy.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.core.Channel;
import io.groupbuy.core.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private BotConfig load(Map<String, String> env) {
        return ConfigLoader.load(env, dir);
    }

    @Test
    void theShippedFileLoadsAndEveryKeyHasADefaultOrIsASecret() throws IOException {
        Path shipped = Path.of("bot-config", "bot.yaml");
        Files.createDirectories(dir.resolve("bot-config"));
        Files.copy(shipped, dir.resolve("bot-config/bot.yaml"));
        BotConfig config = load(Map.of());
        assertThat(config.sandboxMode()).isTrue();
        assertThat(config.telegram()).isEmpty();
        assertThat(config.line()).isEmpty();
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:data/groupbuy.db");
        assertThat(config.currency()).isEqualTo("THB");
        assertThat(config.cnyRateMicros()).isEqualTo(5_000_000L);
        assertThat(config.pandapon().sandboxPort()).isEqualTo(8090);
        assertThat(config.pandapon().signer()).isEqualTo("md5-sorted");
        assertThat(config.source()).endsWith("bot.yaml");
        for (String key : RawSettings.load(Map.of(), dir).keys()) {
            assertThat(Files.readString(shipped)).contains("\n" + key + ":");
        }
    }

    @Test
    void theShippedFileDocumentsEverySettingOfTheOperatorContract() throws IOException {
        String yaml = Files.readString(Path.of("bot-config", "bot.yaml"));
        for (String key : new String[] {"TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "TELEGRAM_MODE",
            "TELEGRAM_WEBHOOK_SECRET", "LINE_CHANNEL_SECRET", "LINE_CHANNEL_TOKEN", "LINE_API_URL",
            "LINE_DATA_API_URL", "PANDAPON_BASE_URL", "PANDAPON_ACCESS_KEY", "PANDAPON_SECRET_KEY", "PANDAPON_USER_ID",
            "PANDAPON_SIGNER", "PANDAPON_CALLBACK_TOKEN", "PANDAPON_SANDBOX_PORT", "BOT_DB_URL", "BOT_HTTP_PORT",
            "BOT_CURRENCY", "BOT_CNY_RATE", "BOT_ADMINS"}) {
            assertThat(yaml).contains("\n" + key + ":");
        }
    }

    @Test
    void environmentOverridesTheFile() throws IOException {
        Files.createDirectories(dir.resolve("bot-config"));
        Files.writeString(dir.resolve("bot-config/bot.yaml"), "BOT_HTTP_PORT: 9000\nBOT_CURRENCY: USD\n");
        BotConfig config = load(Map.of("BOT_HTTP_PORT", "9100"));
        assertThat(config.httpPort()).isEqualTo(9100);
        assertThat(config.currency()).isEqualTo("USD");
    }

    @Test
    void botConfigNamesAnotherFile() throws IOException {
        Files.writeString(dir.resolve("other.yaml"), "BOT_CNY_RATE: \"4.75\"\n");
        assertThat(load(Map.of("BOT_CONFIG", "other.yaml")).cnyRateMicros()).isEqualTo(4_750_000L);
        assertThatThrownBy(() -> load(Map.of("BOT_CONFIG", "missing.yaml")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("BOT_CONFIG");
    }

    @Test
    void channelsAndLiveModeFollowCredentials() {
        Map<String, String> env = new HashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", "123456:ABC-def_ghi");
        env.put("TELEGRAM_API_URL", "http://127.0.0.1:8081");
        env.put("LINE_CHANNEL_SECRET", "s3cret");
        env.put("LINE_CHANNEL_TOKEN", "t0ken");
        env.put("PANDAPON_ACCESS_KEY", "ak");
        env.put("PANDAPON_SECRET_KEY", "sk");
        env.put("PANDAPON_USER_ID", "2100007341207");
        env.put("BOT_ADMINS", "telegram:42, line:Uabc");
        BotConfig config = load(env);
        assertThat(config.sandboxMode()).isFalse();
        assertThat(config.telegram()).get().satisfies(t -> {
            assertThat(t.apiUrl().getPort()).isEqualTo(8081);
            assertThat(t.mode()).isEqualTo(TelegramConfig.Mode.POLLING);
        });
        assertThat(config.line()).isPresent();
        assertThat(config.admins()).containsExactlyInAnyOrder(UserId.of(Channel.TELEGRAM, "42"),
                UserId.of(Channel.LINE, "Uabc"));
    }

    @Test
    void secretsComeFromFilesNamedInTheEnvironment() throws IOException {
        Files.writeString(dir.resolve("token"), "987:xyz\n");
        assertThat(load(Map.of("TELEGRAM_BOT_TOKEN_FILE", dir.resolve("token").toString())).telegram()).get()
                .satisfies(t -> assertThat(t.botToken().reveal()).isEqualTo("987:xyz"));
    }

    @Test
    void aSecretInTheFileIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("bot-config"));
        Files.writeString(dir.resolve("bot-config/bot.yaml"), "TELEGRAM_BOT_TOKEN: \"1:abc\"\n");
        assertThatThrownBy(() -> load(Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("TELEGRAM_BOT_TOKEN").hasMessageContaining("environment")
                .hasMessageNotContaining("1:abc");
    }

    @Test
    void unknownKeysInTheFileAreNamed() throws IOException {
        Files.createDirectories(dir.resolve("bot-config"));
        Files.writeString(dir.resolve("bot-config/bot.yaml"), "BOT_HTTP_PROT: 1\n");
        assertThatThrownBy(() -> load(Map.of())).hasMessageContaining("BOT_HTTP_PROT");
    }

    @Test
    void badValuesNameTheirKey() {
        assertError(Map.of("BOT_HTTP_PORT", "http"), "BOT_HTTP_PORT");
        assertError(Map.of("BOT_HTTP_PORT", "70000"), "BOT_HTTP_PORT");
        assertError(Map.of("TELEGRAM_MODE", "carrier-pigeon"), "TELEGRAM_MODE");
        assertError(Map.of("TELEGRAM_BOT_TOKEN", "1:a", "TELEGRAM_MODE", "webhook"), "TELEGRAM_WEBHOOK_SECRET");
        assertError(Map.of("TELEGRAM_BOT_TOKEN", "not a token"), "TELEGRAM_BOT_TOKEN");
        assertError(Map.of("TELEGRAM_API_URL", "ftp://x"), "TELEGRAM_API_URL");
        assertError(Map.of("LINE_CHANNEL_SECRET", "x"), "LINE_CHANNEL_TOKEN");
        assertError(Map.of("PANDAPON_ACCESS_KEY", "x"), "PANDAPON_SECRET_KEY");
        assertError(Map.of("PANDAPON_SIGNER", "sha1"), "PANDAPON_SIGNER");
        assertError(Map.of("BOT_CNY_RATE", "-1"), "BOT_CNY_RATE");
        assertError(Map.of("BOT_CNY_RATE", "five"), "BOT_CNY_RATE");
        assertError(Map.of("BOT_CURRENCY", "baht"), "BOT_CURRENCY");
        assertError(Map.of("BOT_ADMINS", "42"), "BOT_ADMINS");
        assertError(Map.of("BOT_DB_URL", "jdbc:mysql://x"), "BOT_DB_URL");
        assertError(Map.of("PANDAPON_CALLBACK_TOKEN", "short"), "PANDAPON_CALLBACK_TOKEN");
        assertError(Map.of("BOT_RATES", "USD=1"), "BOT_RATES");
    }

    @Test
    void configNeverPrintsSecrets() {
        Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", "123456:SUPERSECRETTOKEN",
                "PANDAPON_ACCESS_KEY", "AKIDSECRET", "PANDAPON_SECRET_KEY", "SKSECRET", "PANDAPON_USER_ID", "u1",
                "LINE_CHANNEL_SECRET", "LINESECRET", "LINE_CHANNEL_TOKEN", "LINETOKEN");
        String printed = load(env).toString();
        assertThat(printed).doesNotContain("SUPERSECRETTOKEN", "AKIDSECRET", "SKSECRET", "LINESECRET", "LINETOKEN");
    }

    private void assertError(Map<String, String> env, String key) {
        assertThatThrownBy(() -> load(env)).isInstanceOf(ConfigException.class).hasMessageContaining(key);
    }
}
