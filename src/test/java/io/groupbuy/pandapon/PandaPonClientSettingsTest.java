package io.groupbuy.pandapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.core.Secret;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PandaPonClientSettingsTest {
    private static final Secret SECRET = Secret.of("top-secret-value");

    private static PandaPonClientSettings valid() {
        return PandaPonClientSettings.of("https://api.pandapon.com/", "ak", SECRET, "2100007341207",
                Signers.MD5_SORTED);
    }

    @Test
    void defaults_are_3s_10s_15s_and_two_read_retries() {
        PandaPonClientSettings s = valid();
        assertThat(s.baseUrl()).isEqualTo("https://api.pandapon.com");
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.callTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(s.readRetries()).isEqualTo(2);
    }

    @Test
    void toString_never_shows_the_secret() {
        assertThat(valid().toString()).doesNotContain("top-secret-value").contains("secretKey=***");
    }

    @Test
    void rejects_what_cannot_work() {
        assertThatThrownBy(() -> PandaPonClientSettings.of("ftp://x", "ak", SECRET, "u", Signers.MD5_SORTED))
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> PandaPonClientSettings.of("https://x", " ", SECRET, "u", Signers.MD5_SORTED))
                .hasMessageContaining("accessKey");
        assertThatThrownBy(() -> PandaPonClientSettings.of("https://x", "ak", Secret.of(""), "u", Signers.MD5_SORTED))
                .hasMessageContaining("secretKey");
        assertThatThrownBy(() -> PandaPonClientSettings.of("https://x", "ak", SECRET, null, Signers.MD5_SORTED))
                .hasMessageContaining("userId");
        assertThatThrownBy(() -> PandaPonClientSettings.of("https://x", "ak", SECRET, "u", null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> valid().withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> valid().withRetries(-1, Duration.ZERO)).hasMessageContaining("readRetries");
        assertThatThrownBy(() -> valid().withRetries(1, Duration.ofMillis(-5))).hasMessageContaining("retryBackoff");
    }
}
