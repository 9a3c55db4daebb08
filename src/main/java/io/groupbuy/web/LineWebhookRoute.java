package io.groupbuy.web;

import io.groupbuy.line.LineWebhookReceiver;
import io.groupbuy.line.WebhookResult;

/** {@code POST /line/webhook}: the raw body and {@code X-Line-Signature} go to the LINE receiver untouched. */
public final class LineWebhookRoute {
    public static final String PATH = "/line/webhook";

    private LineWebhookRoute() {
    }

    public static void register(WebServer server, LineWebhookReceiver receiver) {
        server.post(PATH, ctx -> {
            // Header names are case-insensitive; LINE warns their case may change.
            WebhookResult result = receiver.receive(ctx.header("X-Line-Signature"), ctx.bodyAsBytes());
            ctx.status(result.status()).contentType("application/json").result(result.body());
        });
    }
}
