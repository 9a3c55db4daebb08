package io.groupbuy.playground;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A page still long-polling when the bot stops: the stop is quiet, no warning and no stack trace. */
class PlaygroundShutdownTest {
    @TempDir
    Path dir;

    @Test
    void aLongPollStillWaitingWhenTheServerStopsLogsNothing() throws Exception {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(captured);
        PlaygroundLog log;
        try {
            PlaygroundStack stack = new PlaygroundStack(dir);
            log = stack.playground.log();
            CompletableFuture<HttpResponse<String>> poll = HttpClient.newHttpClient().sendAsync(HttpRequest
                    .newBuilder(URI.create(stack.baseUrl + "/playground/api/events?wait=1&after=" + log.latest()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            awaitWaiting(log, 1);
            stack.close();
            awaitWaiting(log, 0);
            // the waiting poll's answer runs on the common pool once its wait is over
            java.util.concurrent.ForkJoinPool.commonPool().awaitQuiescence(10, java.util.concurrent.TimeUnit.SECONDS);
            poll.handle((r, e) -> null).get();
        } finally {
            root.detachAppender(captured);
        }
        assertThat(captured.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN)
                || e.getThrowableProxy() != null).isEmpty();
    }

    private static void awaitWaiting(PlaygroundLog log, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (log.waiting() != n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(log.waiting()).isEqualTo(n);
    }
}
