package io.groupbuy.testing.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Test helpers: real SDK clients pointed at a fake, and a raw HTTP client for what the SDK can't send. */
final class LineSdk {
    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private LineSdk() {
    }

    static MessagingApiClient api(LineApiFake fake) {
        return MessagingApiClient.builder(fake.channelToken()).apiEndPoint(fake.baseUri())
                .usingDefaultLogger(false).build();
    }

    static MessagingApiBlobClient blob(LineApiFake fake) {
        return MessagingApiBlobClient.builder(fake.channelToken()).apiEndPoint(fake.dataBaseUri())
                .usingDefaultLogger(false).build();
    }

    static <T> Result<T> ok(CompletableFuture<Result<T>> call) {
        try {
            return call.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("LINE call failed: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The MessagingApiClientException a call failed with. */
    static MessagingApiClientException error(CompletableFuture<?> call) {
        Throwable cause = failure(call);
        assertThat(cause).isInstanceOf(MessagingApiClientException.class);
        return (MessagingApiClientException) cause;
    }

    /** The cause of a failed call (ExecutionException unwrapped). */
    static Throwable failure(CompletableFuture<?> call) {
        Throwable t = catchThrowable(() -> call.get(20, TimeUnit.SECONDS));
        assertThat(t).isInstanceOf(ExecutionException.class);
        return t.getCause();
    }

    record Raw(int status, String body, HttpResponse<String> response) {
    }

    static Raw post(LineApiFake fake, String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + fake.channelToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    static Raw get(String url, String authorizationOrNull) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        if (authorizationOrNull != null) {
            b.header("Authorization", authorizationOrNull);
        }
        return send(b.build());
    }

    private static Raw send(HttpRequest request) {
        try {
            HttpResponse<String> r = RAW.send(request, HttpResponse.BodyHandlers.ofString());
            return new Raw(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
