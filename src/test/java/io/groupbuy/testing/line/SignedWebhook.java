package io.groupbuy.testing.line;

import java.net.URI;

/** A webhook body and its {@code X-Line-Signature}. */
public record SignedWebhook(byte[] body, String signature) {

    /** POSTs it to the bot's webhook URL. */
    public WebhookResponse post(URI url) {
        return WebhookPoster.post(url, body, signature);
    }

    public String bodyText() {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
}
