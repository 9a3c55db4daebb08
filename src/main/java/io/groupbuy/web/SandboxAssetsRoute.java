package io.groupbuy.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Sandbox mode: the embedded simulator listens on 127.0.0.1 only, but its product pictures and its
 * simulated pay page must open in a member's browser (the playground, or Telegram fetching a card
 * picture through BOT_PUBLIC_URL). This serves them on the bot's own port by asking the simulator.
 */
public final class SandboxAssetsRoute {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SandboxAssetsRoute() {
    }

    public static void register(WebServer server, String sandboxBaseUrl) {
        server.get("/sandbox/images/{name}", ctx -> forward(ctx, sandboxBaseUrl + "/sandbox/images/",
                ctx.pathParam("name")));
        server.get("/sandbox/pay/{order}", ctx -> forward(ctx, sandboxBaseUrl + "/sandbox/pay/",
                ctx.pathParam("order")));
    }

    private static void forward(io.javalin.http.Context ctx, String prefix, String name) throws Exception {
        if (!SAFE.matcher(name).matches()) {
            ctx.status(404).result("not found");
            return;
        }
        HttpResponse<byte[]> upstream = HTTP.send(HttpRequest.newBuilder(URI.create(prefix + name))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        ctx.status(upstream.statusCode());
        upstream.headers().firstValue("Content-Type").ifPresent(ctx::contentType);
        ctx.result(upstream.body());
    }
}
