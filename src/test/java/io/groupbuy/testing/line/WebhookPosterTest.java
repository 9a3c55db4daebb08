package io.groupbuy.testing.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WebhookPoster against a minimal bot endpoint that verifies with the SDK's parser. */
class WebhookPosterTest {
    private static final String SECRET = "a-channel-secret";
    private final WebhookParser parser = new WebhookParser(new LineSignatureValidator(SECRET.getBytes(StandardCharsets.UTF_8)));
    private final List<CallbackRequest> received = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private HttpServer bot;
    private URI url;

    @BeforeEach
    void start() throws IOException {
        bot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        bot.createContext("/line/webhook", this::handle);
        bot.start();
        url = URI.create("http://127.0.0.1:" + bot.getAddress().getPort() + "/line/webhook");
    }

    @AfterEach
    void stop() {
        bot.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            int status;
            try {
                received.add(parser.handle(ex.getRequestHeaders().getFirst(WebhookParser.SIGNATURE_HEADER_NAME), body));
                status = 200;
            } catch (WebhookParseException | IllegalArgumentException e) {
                status = 400;
            }
            ex.sendResponseHeaders(status, -1);
        }
    }

    @Test
    void signedBodyIsAcceptedUnsignedAndWronglySignedAreNot() {
        LineWebhooks hooks = LineWebhooks.using(ReplyTokenIssuer.detached(), java.time.Clock.systemUTC());
        SignedWebhook w = hooks.signed(SECRET, hooks.text(LineSource.user(LineIds.userId()), "สวัสดี"));

        assertThat(w.post(url).status()).isEqualTo(200);
        assertThat(WebhookPoster.post(url, w.body(), null).status()).isEqualTo(400);
        assertThat(WebhookPoster.post(url, w.body(), LineWebhooks.sign("wrong", w.body())).status()).isEqualTo(400);
        assertThat(WebhookPoster.post(url, w.body(), "not base64!").status()).isEqualTo(400);
        assertThat(received).hasSize(1);
        assertThat(userAgents).first().isEqualTo("LineBotWebhook/2.0");
    }
}
