package io.groupbuy.line;

import com.linecorp.bot.client.base.ApiClientBuilder;
import com.linecorp.bot.client.base.channel.ChannelTokenSupplier;
import com.linecorp.bot.client.base.http.HttpInterceptor;
import com.linecorp.bot.client.base.http.HttpRequest;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import io.groupbuy.core.Secret;
import java.io.IOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * The SDK clients, configured the way this bot needs them:
 * <ul>
 *   <li>no default wire logger: it logs {@code Authorization: Bearer <channel token>} and whole bodies
 *       at INFO;</li>
 *   <li>explicit timeouts (connect 5 s, read and write 10 s);</li>
 *   <li>no silent re-send of a POST. OkHttp's {@code retryOnConnectionFailure} sends a request again
 *       when a pooled connection dies, even after the server processed it: a reply whose answer was
 *       lost then comes back as "Invalid reply token" although it was delivered, and a push without
 *       a retry key is delivered twice. The SDK builder does not expose that switch, but OkHttp never
 *       re-sends a one-shot body, so every request body is marked one-shot. Failures then surface as
 *       IOExceptions and the senders decide (push: same retry key; reply: the single-use token).</li>
 * </ul>
 */
final class LineApiClients {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    private LineApiClients() {
    }

    static MessagingApiClient messaging(LineSettings settings) {
        return configure(MessagingApiClient.builder(tokenOf(settings.channelToken())))
                .apiEndPoint(settings.apiUrl())
                .build();
    }

    static MessagingApiBlobClient blob(LineSettings settings) {
        return configure(MessagingApiBlobClient.builder(tokenOf(settings.channelToken())))
                .apiEndPoint(settings.dataApiUrl())
                .build();
    }

    // build() dispatches to the authenticated builder, which adds the bearer token header.
    private static <T> ApiClientBuilder<T> configure(ApiClientBuilder<T> b) {
        return b.usingDefaultLogger(false)
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .writeTimeout(WRITE_TIMEOUT)
                .addInterceptor(ONE_SHOT_BODIES);
    }

    private static ChannelTokenSupplier tokenOf(Secret token) {
        return token::reveal;
    }

    /** Wraps every request body so OkHttp treats it as impossible to send twice. */
    static final HttpInterceptor ONE_SHOT_BODIES = chain -> {
        HttpRequest request = chain.request();
        Request ok = request.toOkHttpRequest();
        if (ok.body() == null || ok.body().isOneShot()) {
            return chain.proceed(request);
        }
        HttpRequest.HttpRequestBuilder copy = request.newBuilder();
        copy.builder().method(ok.method(), new OneShotBody(ok.body()));
        return chain.proceed(copy.build());
    };

    private static final class OneShotBody extends RequestBody {
        private final RequestBody body;

        OneShotBody(RequestBody body) {
            this.body = body;
        }

        @Override
        public MediaType contentType() {
            return body.contentType();
        }

        @Override
        public long contentLength() throws IOException {
            return body.contentLength();
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            body.writeTo(sink);
        }

        @Override
        public boolean isOneShot() {
            return true;
        }
    }
}
