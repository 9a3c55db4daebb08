package io.groupbuy.telegram;

import static io.groupbuy.telegram.TelegramTestBed.ALICE;
import static io.groupbuy.telegram.TelegramTestBed.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.ChatId;
import io.groupbuy.testing.telegram.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The bot token is part of every Bot API URL: no log line, at any level, may carry it. */
class TelegramLogHygieneTest {
    private static final String[] LOGGERS = {"io.groupbuy", "org.telegram", "okhttp3"};

    @Test
    void noLogLineCarriesTheTokenThroughFailuresRestartsAndShutdown() {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        List<Level> levels = new ArrayList<>();
        for (String name : LOGGERS) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            levels.add(logger.getLevel());
            logger.setLevel(Level.DEBUG);
            logger.setAdditive(false);
            logger.addAppender(captured);
        }
        String token;
        try (TelegramTestBed bed = new TelegramTestBed()) {
            token = bed.fake.token();
            TelegramChannel channel = bed.start();
            bed.fake.addChat(GROUP, "supergroup", "Buyers");
            bed.fake.failNext("sendMessage", 1, Fault.dropResponse());
            bed.fake.failNext("sendMessage", 1, Fault.badGateway());
            channel.outbound().send(ChatId.telegram(GROUP), Reply.text("one"), "a");
            try {
                channel.outbound().send(ChatId.telegram(GROUP), Reply.text("two"), "b");
            } catch (OutboundException expected) {
                // a 502 from a proxy is an answer: not sent again
            }
            bed.fake.failNext("getFile", 1, Fault.serverError());
            String fileId = bed.fake.registerPhoto(TelegramTestBed.jpeg(64, 64));
            bed.fake.pushPhoto(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", fileId, null);
            Await.until(() -> !bed.conversation.seen().isEmpty(), () -> "the photo after a getFile failure");
            bed.fake.failNext("getUpdates", 3, Fault.serverError());
            bed.fake.failNext("getUpdates", 1, Fault.delay(Duration.ofSeconds(30)));
            bed.fake.pushText(GROUP, "supergroup", "Buyers", ALICE, "Alice", "en", "after trouble");
            Await.until(() -> bed.conversation.seen().size() >= 2, () -> "polling through 500s and a stall");
        } finally {
            for (int i = 0; i < LOGGERS.length; i++) {
                Logger logger = (Logger) LoggerFactory.getLogger(LOGGERS[i]);
                logger.detachAppender(captured);
                logger.setAdditive(true);
                logger.setLevel(levels.get(i));
            }
        }
        List<ILoggingEvent> events = captured.list.stream()
                .filter(e -> !e.getLoggerName().startsWith("io.groupbuy.testing")).toList(); // the fake's own
        assertThat(events).hasSizeGreaterThan(10);
        String secretPart = token.substring(token.indexOf(':') + 1);
        for (ILoggingEvent event : events) {
            String all = render(event);
            assertThat(all).as("log line from %s", event.getLoggerName()).doesNotContain(secretPart)
                    .doesNotContain("/bot");
        }
    }

    private static String render(ILoggingEvent event) {
        StringBuilder sb = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                sb.append('\n').append(frame.getSTEAsString());
            }
            for (IThrowableProxy suppressed : t.getSuppressed()) {
                sb.append('\n').append(suppressed.getClassName()).append(": ").append(suppressed.getMessage());
            }
        }
        return sb.toString();
    }
}
