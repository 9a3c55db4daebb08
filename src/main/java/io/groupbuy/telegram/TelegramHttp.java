package io.groupbuy.telegram;

import java.time.Duration;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The HTTP clients of the channel. None retries on its own: OkHttp silently re-sends a POST when a
 * pooled connection turns out dead, and a re-sent sendMessage is a duplicate message (the Bot API has
 * no idempotency key). The bot token is part of every URL, so nothing here logs a request.
 */
final class TelegramHttp {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);
    /** Long polls wait up to the poll timeout for the first byte; this much more before giving up. */
    static final Duration POLL_READ_MARGIN = Duration.ofSeconds(15);

    private TelegramHttp() {
    }

    /** For Bot API methods and file downloads; {@code concurrent} calls at once to the Bot API host. */
    static OkHttpClient apiClient(int concurrent) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(Math.max(64, concurrent));
        dispatcher.setMaxRequestsPerHost(concurrent);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .addInterceptor(new GatewayErrorBodies())
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .writeTimeout(READ_TIMEOUT)
                .callTimeout(Duration.ofSeconds(45))
                .build();
    }

    /**
     * For one long-polling session: its own dispatcher, so that the watchdog can cancel a hung poll
     * without touching anything else; shares the connection pool of {@code base}.
     */
    static OkHttpClient pollingClient(OkHttpClient base, Duration pollTimeout, PollEnder ender) {
        return base.newBuilder()
                .dispatcher(new Dispatcher())
                .eventListener(ender)
                .addInterceptor(new PollFailures())
                .addInterceptor(ender)
                .readTimeout(pollTimeout.plus(POLL_READ_MARGIN))
                .callTimeout(pollTimeout.plus(POLL_READ_MARGIN).plus(CONNECT_TIMEOUT))
                .build();
    }

    static TelegramUrl telegramUrl(TelegramSettings settings) {
        return new TelegramUrl(settings.apiUrl().getScheme(), settings.apiUrl().getHost(), settings.apiPort(), false);
    }

    /** {@code {apiUrl}/file/bot<token>/<path>}: the library's own download URL ignores a custom base URL. */
    static HttpUrl fileUrl(TelegramSettings settings, String filePath) {
        return new HttpUrl.Builder()
                .scheme(settings.apiUrl().getScheme())
                .host(settings.apiUrl().getHost())
                .port(settings.apiPort())
                .addPathSegment("file")
                .addPathSegment("bot" + settings.botToken().reveal())
                .addPathSegments(filePath.startsWith("/") ? filePath.substring(1) : filePath)
                .build();
    }
}
