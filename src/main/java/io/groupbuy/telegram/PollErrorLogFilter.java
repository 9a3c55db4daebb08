package io.groupbuy.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops TelegramBots' "Error received from Telegram GetUpdates Request" (an ERROR and a stack trace for
 * every failed poll, however passing); {@link PollFailures} says the same in one line at the right
 * level. Everything else the library logs passes. Installed in logback.xml.
 */
public final class PollErrorLogFilter extends TurboFilter {
    static final String LOGGER = "org.telegram.telegrambots.longpolling.BotSession";
    static final String MESSAGE = "Error received from Telegram GetUpdates Request";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (logger != null && LOGGER.equals(logger.getName()) && format != null && format.startsWith(MESSAGE)) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
