package io.groupbuy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.core.Secret;
import io.groupbuy.pandapon.Signers;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SandboxOptionsTest {

    @Test
    void defaults_follow_the_documented_callback_rules_and_use_obviously_fake_credentials() {
        SandboxOptions d = SandboxOptions.defaults();
        assertThat(d.port()).isZero();
        assertThat(d.bindHost()).isEqualTo("127.0.0.1");
        assertThat(d.callbackRetryInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(d.callbackMaxRetries()).isEqualTo(5);
        assertThat(d.callbackTimeout()).isEqualTo(Duration.ofMillis(1000));
        assertThat(d.verifySignatures()).isTrue();
        assertThat(d.signer()).isSameAs(Signers.MD5_SORTED);
        assertThat(SandboxOptions.DEFAULT_ACCESS_KEY).contains("sandbox");
        assertThat(SandboxOptions.DEFAULT_SECRET.reveal()).contains("not-real");
        assertThat(d.toString()).doesNotContain(SandboxOptions.DEFAULT_SECRET.reveal());
    }

    @Test
    void withers_change_one_thing_and_validation_refuses_nonsense() {
        SandboxOptions o = SandboxOptions.defaults().withPort(8090).withCallbackUrl(" http://x/cb ")
                .withCallbackRetry(Duration.ofMillis(50), 2).withPublicBaseUrl("http://pics/");
        assertThat(o.port()).isEqualTo(8090);
        assertThat(o.callbackUrl()).isEqualTo("http://x/cb");
        assertThat(o.publicBaseUrl()).isEqualTo("http://pics");
        assertThat(o.callbackMaxRetries()).isEqualTo(2);
        assertThatThrownBy(() -> SandboxOptions.defaults().withPort(70000)).hasMessageContaining("port");
        assertThatThrownBy(() -> SandboxOptions.defaults().withCredentials("", Secret.of("s"), Set.of()))
                .hasMessageContaining("accessKey");
        assertThatThrownBy(() -> SandboxOptions.defaults().withCredentials("k", Secret.of(" "), Set.of()))
                .hasMessageContaining("secretKey");
        assertThatThrownBy(() -> SandboxOptions.defaults().withCallbackRetry(Duration.ZERO, 5))
                .hasMessageContaining("callbackRetryInterval");
        assertThatThrownBy(() -> SandboxOptions.defaults().withCallbackRetry(Duration.ofSeconds(1), -1))
                .hasMessageContaining("callbackMaxRetries");
    }

    @Test
    void faults_validate_their_parameters() {
        assertThatThrownBy(() -> SandboxFault.latency("*", 0, 1)).hasMessageContaining("latencyMs");
        assertThatThrownBy(() -> SandboxFault.http5xx("*", 404, 1)).hasMessageContaining("500..599");
        assertThatThrownBy(() -> SandboxFault.code("*", 200, "ok", 1)).hasMessageContaining("failure code");
        assertThat(SandboxFault.down().count()).isZero();
        assertThat(SandboxFault.malformed(null, 1).endpoint()).isEqualTo("*");
    }
}
