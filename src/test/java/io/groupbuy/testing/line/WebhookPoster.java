package io.groupbuy.testing.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends a webhook the way the LINE Platform does: {@code POST}, JSON body, the signature in a
 * lower-case {@code x-line-signature} header (LINE warns header case may change, so bots must
 * not depend on it).
 */
public final class WebhookPoster {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private WebhookPoster() {
    }

    /** @param signatureOrNull null sends no signature header at all */
    public static WebhookResponse post(URI url, byte[] body, String signatureOrNull) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "LineBotWebhook/2.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signatureOrNull != null) {
            b.header("x-line-signature", signatureOrNull);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new WebhookResponse(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("webhook POST to " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while posting a webhook to " + url, e);
        }
    }
}
