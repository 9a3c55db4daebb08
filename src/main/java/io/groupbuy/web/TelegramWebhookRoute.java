package io.groupbuy.web;

import io.groupbuy.telegram.TelegramWebhookReceiver;

/**
 * {@code POST /telegram/webhook}: the Telegram webhook. The secret token header is checked (in
 * constant time) before the body is looked at; the answer carries no body, since Telegram would take
 * a JSON body as a method to run.
 */
public final class TelegramWebhookRoute {
    public static final String PATH = "/telegram/webhook";

    private TelegramWebhookRoute() {
    }

    public static void register(WebServer server, TelegramWebhookReceiver receiver) {
        server.post(PATH, ctx -> {
            int status = receiver.receive(ctx.header(TelegramWebhookReceiver.SECRET_HEADER), ctx.bodyAsBytes());
            ctx.status(status);
        });
    }
}
