package io.groupbuy.telegram;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in one line why a getUpdates call failed. TelegramBots logs every failed poll as an ERROR with
 * a stack trace, a dropped connection included, and then polls again by itself; that line is filtered
 * out ({@link PollErrorLogFilter}) and this one says what an operator needs: a WARN for what passes
 * (a reset, a timeout, a 5xx, a 429), an ERROR only for what will not pass without them (the token
 * refused, another instance or a webhook taking the updates).
 */
final class PollFailures implements Interceptor {
    private static final Logger log = LoggerFactory.getLogger(PollFailures.class);

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            log.warn("telegram: getUpdates failed ({}: {}); polling again after a pause", e.getClass().getSimpleName(),
                    e.getMessage());
            throw e;
        }
        int code = response.code();
        if (code == 401 || code == 404) {
            log.error("telegram: getUpdates answered {}: the bot token was refused (check TELEGRAM_BOT_TOKEN)", code);
        } else if (code == 409) {
            log.error("telegram: getUpdates answered 409: another instance of the bot is polling, or a webhook is"
                    + " set; only one may take the updates");
        } else if (code >= 300) {
            log.warn("telegram: getUpdates answered {}; polling again after a pause", code);
        }
        return response;
    }
}
