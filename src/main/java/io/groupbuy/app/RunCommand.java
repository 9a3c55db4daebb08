package io.groupbuy.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.groupbuy.app.config.BotConfig;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;

/** {@code run} (the default): the long-running bot, until SIGTERM or Ctrl-C stops it gracefully. */
final class RunCommand {
    private RunCommand() {
    }

    static int run(BotConfig config) throws InterruptedException {
        applyLogLevel(config.logLevel());
        BotApp app = BotApp.start(config, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }

    static void applyLogLevel(String level) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger("io.groupbuy").setLevel(Level.toLevel(level, Level.INFO));
        }
    }
}
