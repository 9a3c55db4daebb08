package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.TextMessage;
import io.groupbuy.testing.line.Fault;
import io.groupbuy.testing.line.LineEndpoint;
import io.groupbuy.testing.line.LineIds;
import io.groupbuy.testing.line.LineSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The channel token must never reach a log line, not even through the SDK's wire logger. */
class LineTokenNotLoggedTest {
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger wire = (Logger) LoggerFactory.getLogger("com.linecorp.bot.client.wire");
    private Level rootLevel;
    private Level wireLevel;
    private LineHarness h;

    @BeforeEach
    void capture() {
        rootLevel = root.getLevel();
        wireLevel = wire.getLevel();
        root.setLevel(Level.DEBUG);
        wire.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
        h = new LineHarness(new ScriptedConversation());
    }

    @AfterEach
    void release() {
        h.close();
        root.detachAppender(captured);
        root.setLevel(rootLevel);
        wire.setLevel(wireLevel);
    }

    private String everything() {
        StringBuilder sb = new StringBuilder();
        for (ILoggingEvent e : List.copyOf(captured.list)) {
            sb.append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) {
                sb.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void repliesPushesAndFailuresLogNoToken() {
        String group = LineIds.groupId();
        h.line.failNext(LineEndpoint.REPLY, 1, Fault.lostResponse());
        h.post(h.hooks.text(LineSource.group(group, LineIds.userId()), "ตอบกลับ"));
        h.line.await(d -> group.equals(d.to()), Duration.ofSeconds(10));
        var late = h.hooks.text(LineSource.group(group, LineIds.userId()), "push");
        h.line.expireReplyTokens();
        h.line.failNext(LineEndpoint.PUSH, 1, Fault.serverError());
        h.post(late);
        h.line.await(d -> "ได้รับข้อความ: push".equals(d.text()), Duration.ofSeconds(10));
        var failing = h.hooks.text(LineSource.group(group, LineIds.userId()), "push ไม่ผ่าน");
        h.line.expireReplyTokens();
        h.line.failNext(LineEndpoint.PUSH, LineHarness.FAST.attempts(), Fault.serverError());
        h.post(failing);
        LineHarness.await(() -> everything().contains("failed (attempt 1 of"), "the pump to log the failed event");
        h.clock.advance(Duration.ofSeconds(30));
        h.line.await(d -> "ได้รับข้อความ: push ไม่ผ่าน".equals(d.text()), Duration.ofSeconds(10));
        h.awaitIdle();

        assertThat(captured.list).isNotEmpty();
        assertThat(everything()).doesNotContain(LineHarness.TOKEN).doesNotContain(LineHarness.SECRET);
    }

    @Test
    void theSdksDefaultLoggerWouldHaveLeakedIt() throws Exception {
        MessagingApiClient careless = MessagingApiClient.builder(LineHarness.TOKEN).apiEndPoint(h.line.baseUri()).build();

        careless.pushMessage(null, new PushMessageRequest.Builder(LineIds.groupId(), List.of(new TextMessage("x")))
                .build()).get(10, TimeUnit.SECONDS);

        assertThat(everything()).contains(LineHarness.TOKEN);
    }
}
