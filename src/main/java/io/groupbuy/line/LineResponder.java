package io.groupbuy.line;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import io.groupbuy.core.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a member's event reply-first: the first 5 messages go out in one free reply while the
 * token is fresh, anything beyond by push with retry keys derived from the event.
 *
 * <p>What a failed reply means decides whether to push instead:
 * <ul>
 *   <li>token too old, or "Invalid reply token" before any attempt on it: nothing was sent, push;</li>
 *   <li>429 or 5xx answered: not processed; the reply is tried again while the token is fresh (the
 *       token is single-use, so trying again can never deliver twice), then pushed;</li>
 *   <li>no answer (connection lost, timeout): LINE may have delivered it. The reply is tried again
 *       with the same token; "Invalid reply token" then means the lost attempt used it, i.e.
 *       delivered. If it stays unknown, nothing is pushed: a lost answer beats a doubled one.</li>
 * </ul>
 * A reply attempt is claimed in the inbox first ({@code line:reply:<event>}), so after a crash the
 * second handling of the event knows an earlier process may have replied; within one process the
 * outcome is remembered, so handling an event again after a failed push never repeats its reply.
 */
final class LineResponder {
    private static final Logger log = LoggerFactory.getLogger(LineResponder.class);
    static final int MAX_PER_REQUEST = 5;

    enum ReplyOutcome {
        SENT,
        /** An earlier attempt whose answer was lost used the token. */
        SENT_EARLIER,
        /** Definitely not delivered: push instead. */
        NOT_SENT,
        /** Unknown or refused as invalid: not pushed. */
        GIVEN_UP
    }

    private final MessagingApiClient api;
    private final LinePusher pusher;
    private final LineTraffic traffic;
    private final Transactions tx;
    private final Clock clock;
    private final Backoff backoff;
    private final Cache<String, ReplyOutcome> decided = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(30)).maximumSize(10_000).build();

    LineResponder(MessagingApiClient api, LinePusher pusher, LineTraffic traffic, Transactions tx, Clock clock,
                  Backoff backoff) {
        this.api = api;
        this.pusher = pusher;
        this.traffic = traffic;
        this.tx = tx;
        this.clock = clock;
        this.backoff = backoff;
    }

    /**
     * Sends the messages; returns once all are delivered (or known undeliverable by reply and
     * deliberately not pushed).
     *
     * @throws LineCallFailure when a push failed through its retries (the event may be handled again:
     *                         its retry keys make that safe)
     */
    void answer(ReplyTarget target, List<Message> messages) throws LineCallFailure {
        List<List<Message>> batches = batches(messages);
        if (batches.isEmpty()) {
            return;
        }
        int firstPush = 0;
        if (target.replyToken() != null && !target.replyToken().isBlank()) {
            ReplyOutcome outcome = reply(target, batches.get(0));
            firstPush = outcome == ReplyOutcome.NOT_SENT ? 0 : 1;
        }
        if (target.to() == null) {
            return;
        }
        for (int i = firstPush; i < batches.size(); i++) {
            pusher.push(target.to(), batches.get(i), LinePusher.retryKey(target.eventKey(), i));
        }
    }

    /**
     * Replies with one batch, or finds out it must be pushed. The outcome is remembered for a while,
     * so handling the event again (a later push failed) neither replies twice nor pushes what the
     * reply delivered.
     */
    ReplyOutcome reply(ReplyTarget target, List<Message> batch) {
        ReplyOutcome known = decided.getIfPresent(target.eventKey());
        if (known != null) {
            return known;
        }
        ReplyOutcome outcome = attempt(target, batch);
        decided.put(target.eventKey(), outcome);
        return outcome;
    }

    private ReplyOutcome attempt(ReplyTarget target, List<Message> batch) {
        // Claimed before: an earlier process may have replied and crashed before the event was done.
        boolean uncertain = !tx.write(s -> s.inbox().claimOperation("line:reply:" + target.eventKey(),
                clock.instant()));
        ReplyMessageRequest request = new ReplyMessageRequest.Builder(target.replyToken(), batch).build();
        for (int attempt = 1; attempt <= backoff.attempts(); attempt++) {
            if (!clock.instant().isBefore(target.deadline())) {
                log.info("LINE reply token of {} is too old{}", target.eventKey(),
                        uncertain ? " after an attempt without answer" : ", pushing instead");
                break;
            }
            try {
                LineCallFailure.await(api.replyMessage(request));
                traffic.replied(batch.size());
                return ReplyOutcome.SENT;
            } catch (LineCallFailure f) {
                if (f.isInvalidReplyToken()) {
                    if (uncertain) {
                        log.info("LINE reply of {}: token already used by an attempt without answer", target.eventKey());
                        return ReplyOutcome.SENT_EARLIER;
                    }
                    log.info("LINE reply token of {} expired, pushing instead", target.eventKey());
                    return ReplyOutcome.NOT_SENT;
                }
                if (f.kind() == LineCallFailure.Kind.REJECTED || f.kind() == LineCallFailure.Kind.ALREADY_ACCEPTED) {
                    traffic.failed();
                    log.error("LINE refused the reply of {}: {}", target.eventKey(), f.getMessage());
                    return ReplyOutcome.GIVEN_UP;
                }
                uncertain |= f.kind() == LineCallFailure.Kind.UNCERTAIN;
                if (f.status() == 429) {
                    traffic.rateLimited();
                }
                log.info("LINE reply of {} failed ({}), attempt {}", target.eventKey(), f.getMessage(), attempt);
                if (attempt < backoff.attempts() && !Backoff.pause(backoff.before(attempt + 1))) {
                    break;
                }
            }
        }
        if (uncertain) {
            traffic.failed();
            log.warn("LINE reply of {} may or may not have arrived; not pushing it to avoid a duplicate",
                    target.eventKey());
            return ReplyOutcome.GIVEN_UP;
        }
        return ReplyOutcome.NOT_SENT;
    }

    static List<List<Message>> batches(List<Message> messages) {
        List<List<Message>> out = new ArrayList<>();
        for (int i = 0; i < messages.size(); i += MAX_PER_REQUEST) {
            out.add(List.copyOf(messages.subList(i, Math.min(messages.size(), i + MAX_PER_REQUEST))));
        }
        return out;
    }
}
