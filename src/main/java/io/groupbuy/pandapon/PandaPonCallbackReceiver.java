package io.groupbuy.pandapon;

import io.groupbuy.core.Secret;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of PandaPon's pushes (plain Java; the web route calls it). PandaPon gives up after
 * 1000 ms and signs nothing, so: the secret path token is checked in constant time (a wrong one looks
 * like no route at all), the body is recorded in the inbox under a key that makes PandaPon's retries
 * repeats, and the answer is 200 at once; the processing happens after, from the inbox.
 */
public final class PandaPonCallbackReceiver {
    private static final Logger log = LoggerFactory.getLogger(PandaPonCallbackReceiver.class);
    public static final String SOURCE = "pandapon";
    /** Order messages are a few KB; anything this big is not one. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    /** What to answer over HTTP. */
    public record Answer(int status, String body) {
    }

    private final Secret token;
    private final PandaPonCallbackParser parser;
    private final Transactions tx;
    private final Clock clock;
    private final Runnable onRecorded;

    public PandaPonCallbackReceiver(Secret token, PandaPonCallbackParser parser, Transactions tx, Clock clock,
                                    Runnable onRecorded) {
        this.token = token;
        this.parser = parser;
        this.tx = tx;
        this.clock = clock;
        this.onRecorded = onRecorded;
    }

    public boolean tokenMatches(String presented) {
        return token.matches(presented);
    }

    public Answer receive(String presentedToken, byte[] body) {
        if (!token.matches(presentedToken)) {
            return new Answer(404, "{\"error\":\"not found\"}");
        }
        if (body.length > MAX_BODY_BYTES) {
            log.warn("PandaPon callback refused: {} bytes is over the {} byte limit", body.length, MAX_BODY_BYTES);
            return new Answer(413, "{\"error\":\"too large\"}");
        }
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return new Answer(200, "{\"ok\":true}"); // the console's Verify probe
        }
        Optional<PandaPonCallback> parsed = parser.tryParse(body);
        String eventId = parsed.map(PandaPonCallback::dedupeKey).orElseGet(() -> "raw:" + sha256(body));
        String lane = parsed.flatMap(PandaPonCallback::orderId).map(id -> "pandapon:order:" + id)
                .orElse("pandapon:misc");
        boolean fresh = tx.write(s -> s.inbox().offer(InboxEvent.received(SOURCE, eventId, lane,
                new String(body, StandardCharsets.UTF_8), clock.instant())));
        if (fresh) {
            onRecorded.run();
        } else {
            log.info("PandaPon callback {} is a repeat; dropped", eventId);
        }
        return new Answer(200, "{\"ok\":true}");
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
