package io.groupbuy.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.LoggerFactory;

/**
 * The Logback output of an in-process run: every event goes to a file (not the console, so the
 * bench's own report stays readable), and WARN/ERROR events and stack traces are counted, with a
 * few samples kept per logger and message start, so every ERROR can be looked at.
 */
final class BenchLog {
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Counter counter = new Counter();
    private final FileAppender<ILoggingEvent> file = new FileAppender<>();

    private BenchLog() {
    }

    /** Sends the whole log to {@code logFile} instead of the console and starts counting. */
    static BenchLog capture(Path logFile) {
        BenchLog log = new BenchLog();
        log.start(logFile);
        return log;
    }

    private void start(Path logFile) {
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Iterator<ch.qos.logback.core.Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            ch.qos.logback.core.Appender<ILoggingEvent> a = it.next();
            if (a instanceof ch.qos.logback.core.ConsoleAppender) {
                root.detachAppender(a);
            }
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n");
        encoder.start();
        file.setContext(context);
        file.setFile(logFile.toString());
        file.setAppend(false);
        file.setEncoder(encoder);
        file.start();
        counter.setContext(context);
        counter.start();
        root.addAppender(file);
        root.addAppender(counter);
        // The bot's own INFO lines (retries, reconciliation) belong in the file; counting looks at WARN+.
        context.getLogger("io.groupbuy").setLevel(Level.INFO);
    }

    /** Counts since the last {@link #mark()}. */
    Counts mark() {
        return counter.mark();
    }

    Counts total() {
        return counter.total();
    }

    void stop() {
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(counter);
        root.detachAppender(file);
        file.stop();
    }

    /** WARN and ERROR events, stack traces among them, and what they said (first words, with counts). */
    record Counts(int warnings, int errors, int stackTraces, Map<String, Integer> errorKinds,
                  Map<String, Integer> warningKinds, List<String> errorSamples) {
        String summary() {
            return errors + " ERROR, " + warnings + " WARN, " + stackTraces + " stack traces";
        }
    }

    private static final class Counter extends AppenderBase<ILoggingEvent> {
        private int warnings;
        private int errors;
        private int stackTraces;
        private final Map<String, Integer> errorKinds = new TreeMap<>();
        private final Map<String, Integer> warningKinds = new TreeMap<>();
        private final List<String> samples = new ArrayList<>();
        private Counts before = new Counts(0, 0, 0, Map.of(), Map.of(), List.of());

        @Override
        protected synchronized void append(ILoggingEvent e) {
            if (e.getThrowableProxy() != null) {
                stackTraces++;
            }
            String kind = e.getLoggerName().replaceAll(".*\\.", "") + ": " + shape(e.getFormattedMessage());
            if (e.getLevel().isGreaterOrEqual(Level.ERROR)) {
                errors++;
                errorKinds.merge(kind, 1, Integer::sum);
                if (samples.size() < 20) {
                    String trace = e.getThrowableProxy() == null ? ""
                            : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy()).lines().limit(12)
                                    .reduce("", (a, b) -> a + b + "\n");
                    samples.add(e.getLoggerName() + " - " + e.getFormattedMessage() + trace);
                }
            } else if (e.getLevel().isGreaterOrEqual(Level.WARN)) {
                warnings++;
                warningKinds.merge(kind, 1, Integer::sum);
            }
        }

        /** The message with numbers and ids blanked, so one kind of event counts as one kind. */
        private static String shape(String message) {
            String m = message == null ? "" : message;
            m = m.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>").replaceAll("-?\\d+", "N");
            return m.length() > 90 ? m.substring(0, 90) + "…" : m;
        }

        synchronized Counts total() {
            return new Counts(warnings, errors, stackTraces, new TreeMap<>(errorKinds), new TreeMap<>(warningKinds),
                    List.copyOf(samples));
        }

        synchronized Counts mark() {
            Counts now = total();
            Counts since = new Counts(now.warnings() - before.warnings(), now.errors() - before.errors(),
                    now.stackTraces() - before.stackTraces(), diff(now.errorKinds(), before.errorKinds()),
                    diff(now.warningKinds(), before.warningKinds()),
                    now.errorSamples().subList(before.errorSamples().size(), now.errorSamples().size()));
            before = now;
            return since;
        }

        private static Map<String, Integer> diff(Map<String, Integer> now, Map<String, Integer> before) {
            Map<String, Integer> out = new TreeMap<>();
            now.forEach((k, v) -> {
                int d = v - before.getOrDefault(k, 0);
                if (d > 0) {
                    out.put(k, d);
                }
            });
            return out;
        }
    }
}
