package io.groupbuy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.app.Json;
import io.groupbuy.pandapon.PandaPonClient;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** LATENCY faults with a range: each call waits a delay drawn uniformly from latencyMs..latencyMaxMs. */
class SandboxLatencyRangeTest {

    @Test
    void a_range_draws_every_delay_within_its_bounds_and_a_fixed_latency_stays_fixed() {
        SandboxFault range = SandboxFault.latency("*", 50, 53, 0);
        Set<Long> drawn = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            drawn.add(range.drawLatencyMs());
        }
        assertThat(drawn).containsExactlyInAnyOrder(50L, 51L, 52L, 53L);

        SandboxFault fixed = SandboxFault.latency("*", 70, 1);
        assertThat(fixed.latencyMaxMs()).isEqualTo(70);
        assertThat(fixed.drawLatencyMs()).isEqualTo(70);
        assertThat(new SandboxFault("*", SandboxFault.Kind.LATENCY, 80, 0, null, 0, 1).drawLatencyMs()).isEqualTo(80);
    }

    @Test
    void a_range_must_not_be_reversed_or_too_long() {
        assertThatThrownBy(() -> SandboxFault.latency("*", 300, 50, 0)).hasMessageContaining("latencyMaxMs");
        assertThatThrownBy(() -> SandboxFault.latency("*", 50, 120_001, 0)).hasMessageContaining("latencyMaxMs");
        assertThat(SandboxFault.code("*", 500, "busy", 1).latencyMaxMs()).isZero();
    }

    @Test
    void the_admin_api_takes_and_shows_the_range_and_calls_wait_at_least_the_minimum() throws IOException {
        try (PandaPonSandbox sandbox = PandaPonSandbox.start(SandboxOptions.defaults())) {
            PandaPonClient client = SandboxTestClient.of(sandbox);
            assertThat(post(sandbox, "{\"endpoint\":\"TAOBAO_PRODUCT_GET\",\"kind\":\"LATENCY\",\"latencyMs\":40,"
                    + "\"latencyMaxMs\":60}")).isEqualTo(200);
            assertThat(post(sandbox, "{\"kind\":\"LATENCY\",\"latencyMs\":60,\"latencyMaxMs\":40}")).isEqualTo(400);

            JsonNode faults = get(sandbox);
            assertThat(faults).hasSize(1);
            assertThat(faults.get(0).get("latencyMs").asLong()).isEqualTo(40);
            assertThat(faults.get(0).get("latencyMaxMs").asLong()).isEqualTo(60);
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                client.taobaoProduct("701938475620");
                assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(40);
            }
            assertThat(get(sandbox)).hasSize(1); // count 0: until cleared
        }
    }

    private static int post(PandaPonSandbox sandbox, String json) throws IOException {
        Request request = new Request.Builder().url(sandbox.baseUrl() + "/sandbox/admin/faults")
                .post(RequestBody.create(json, MediaType.get("application/json"))).build();
        try (Response r = SandboxTestClient.HTTP.newCall(request).execute()) {
            return r.code();
        }
    }

    private static JsonNode get(PandaPonSandbox sandbox) throws IOException {
        Request request = new Request.Builder().url(sandbox.baseUrl() + "/sandbox/admin/faults").build();
        try (Response r = SandboxTestClient.HTTP.newCall(request).execute()) {
            return Json.mapper().readTree(r.body().string());
        }
    }
}
