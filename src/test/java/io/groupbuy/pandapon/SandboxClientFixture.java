package io.groupbuy.pandapon;

import io.groupbuy.app.Json;
import io.groupbuy.sandbox.PandaPonSandbox;
import io.groupbuy.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttpClient;

/** A sandbox on an ephemeral port and a client for it, with a recording sleeper and listener. */
final class SandboxClientFixture implements AutoCloseable {
    static final OkHttpClient HTTP = new OkHttpClient();

    final PandaPonSandbox sandbox;
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    SandboxClientFixture(SandboxOptions options) {
        this.sandbox = PandaPonSandbox.start(options);
    }

    SandboxClientFixture() {
        this(SandboxOptions.defaults());
    }

    PandaPonClientSettings settings() {
        return PandaPonClientSettings.of(sandbox.baseUrl(), SandboxOptions.DEFAULT_ACCESS_KEY,
                SandboxOptions.DEFAULT_SECRET, SandboxOptions.DEFAULT_USER_ID, Signers.MD5_SORTED)
                .withRetries(2, Duration.ofMillis(10));
    }

    PandaPonClient client() {
        return client(settings(), Clock.systemUTC());
    }

    PandaPonClient client(PandaPonClientSettings settings, Clock clock) {
        return new PandaPonClient(HTTP, settings, clock, Json.mapper(), sleeps::add,
                (endpoint, outcome, took, requestId) -> events.add(endpoint.name() + ":" + outcome));
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
