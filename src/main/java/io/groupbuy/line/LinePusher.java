package io.groupbuy.line;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Push messages, always with {@code X-Line-Retry-Key}: the key is derived from what is being sent,
 * so every retry (after a 429, a 5xx, a lost answer, or a crash and a second handling of the same
 * event) carries the same key and LINE delivers at most once; its 409 means "already sent".
 */
final class LinePusher {
    private static final Logger log = LoggerFactory.getLogger(LinePusher.class);

    private final MessagingApiClient api;
    private final LineTraffic traffic;
    private final Backoff backoff;

    LinePusher(MessagingApiClient api, LineTraffic traffic, Backoff backoff) {
        this.api = api;
        this.traffic = traffic;
        this.backoff = backoff;
    }

    /** The retry key of batch {@code index} of what is sent for {@code key} (an event id, a news key). */
    static UUID retryKey(String key, int index) {
        return UUID.nameUUIDFromBytes((key + ":" + index).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Pushes up to 5 messages to a user, group or room; returns once LINE accepted them now or before.
     *
     * @throws LineCallFailure when LINE refused them or kept failing through every retry
     */
    void push(String to, List<Message> batch, UUID retryKey) throws LineCallFailure {
        PushMessageRequest request = new PushMessageRequest.Builder(to, batch).build();
        boolean maybeSent = false;
        for (int attempt = 1; ; attempt++) {
            try {
                LineCallFailure.await(api.pushMessage(retryKey, request));
                traffic.pushed(batch.size());
                return;
            } catch (LineCallFailure f) {
                switch (f.kind()) {
                    case ALREADY_ACCEPTED -> {
                        log.info("LINE push {} to {} was accepted before (409)", retryKey, to);
                        if (maybeSent) {
                            traffic.pushed(batch.size()); // the attempt whose answer was lost delivered it
                        }
                        return;
                    }
                    case REJECTED -> {
                        traffic.failed();
                        throw f;
                    }
                    case TRANSIENT, UNCERTAIN -> {
                        maybeSent |= f.kind() == LineCallFailure.Kind.UNCERTAIN;
                        if (f.status() == 429) {
                            traffic.rateLimited();
                        }
                        if (attempt >= backoff.attempts() || !Backoff.pause(backoff.before(attempt + 1))) {
                            traffic.failed();
                            throw f;
                        }
                        log.info("LINE push {} to {} failed ({}), trying again with the same key", retryKey, to,
                                f.getMessage());
                    }
                }
            }
        }
    }
}
