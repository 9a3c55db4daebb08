package io.groupbuy.app;

import io.groupbuy.app.config.BotConfig;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code healthcheck}: asks the local bot's /healthz and exits 0 when it is ready. The Docker
 * HEALTHCHECK uses it, so the image needs no curl.
 */
final class HealthcheckCommand {
    private HealthcheckCommand() {
    }

    static int run(BotConfig config, PrintStream out) {
        URI uri = URI.create("http://127.0.0.1:" + config.httpPort() + "/healthz");
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            out.println(response.statusCode() + " " + response.body());
            return response.statusCode() == 200 ? 0 : 1;
        } catch (Exception e) {
            out.println("unreachable: " + e.getClass().getSimpleName());
            return 1;
        }
    }
}
