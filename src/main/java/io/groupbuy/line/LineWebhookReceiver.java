package io.groupbuy.line;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.ThrottledWarning;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.Transactions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /line/webhook} without any HTTP framework: checks the signature over the raw bytes,
 * records every event in the inbox under its {@code webhookEventId} (repeats dropped) and answers at
 * once; the events are handled afterwards, off the request thread, well inside LINE's 2-second budget.
 */
public final class LineWebhookReceiver {
    private static final Logger log = LoggerFactory.getLogger(LineWebhookReceiver.class);
    static final String SOURCE = "line";

    private final WebhookSignature signature;
    private final Transactions tx;
    private final BotMetrics metrics;
    private final Clock clock;
    private final Runnable wake;
    private final AtomicReference<Instant> lastAccepted = new AtomicReference<>();
    private final ThrottledWarning refused;

    LineWebhookReceiver(WebhookSignature signature, Transactions tx, BotMetrics metrics, Clock clock, Runnable wake) {
        this.signature = signature;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
        this.wake = wake;
        this.refused = new ThrottledWarning(log, Duration.ofMinutes(1), clock);
    }

    /** @param signatureHeader the {@code X-Line-Signature} header, or null when absent */
    public WebhookResult receive(String signatureHeader, byte[] rawBody) {
        if (!signature.matches(signatureHeader, rawBody)) {
            metrics.webhookRejected(SOURCE);
            refused.warn("LINE webhook refused: missing or wrong signature ({} bytes)",
                    rawBody == null ? 0 : rawBody.length);
            return WebhookResult.BAD_SIGNATURE;
        }
        List<InboxEvent> events;
        try {
            events = events(LineJson.MAPPER.readTree(rawBody));
        } catch (IOException | IllegalArgumentException e) {
            log.warn("LINE webhook with a valid signature but an unreadable body: {}", e.getMessage());
            return WebhookResult.BAD_REQUEST;
        }
        Instant now = clock.instant();
        lastAccepted.set(now);
        if (events.isEmpty()) {
            return WebhookResult.OK; // LINE's connection check
        }
        List<Boolean> fresh;
        try {
            fresh = tx.write(s -> events.stream().map(e -> s.inbox().offer(e)).toList());
        } catch (RuntimeException e) {
            // Not recorded: a non-2xx makes LINE redeliver (when redelivery is on), nothing is lost by us.
            log.error("LINE webhook: recording {} events failed", events.size(), e);
            return WebhookResult.UNAVAILABLE;
        }
        for (boolean isNew : fresh) {
            if (isNew) {
                metrics.updateReceived(SOURCE);
            } else {
                metrics.duplicateDropped(SOURCE);
            }
        }
        if (fresh.contains(Boolean.TRUE)) {
            wake.run();
        }
        return WebhookResult.OK;
    }

    /** When the last request with a valid signature arrived (null if none yet). */
    Instant lastAccepted() {
        return lastAccepted.get();
    }

    private List<InboxEvent> events(JsonNode root) throws JsonProcessingException {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the body is not a JSON object");
        }
        JsonNode array = root.path("events");
        List<InboxEvent> out = new ArrayList<>();
        Instant now = clock.instant();
        for (JsonNode event : array) {
            if (!event.isObject()) {
                continue;
            }
            String payload = LineJson.MAPPER.writeValueAsString(event);
            out.add(InboxEvent.received(SOURCE, eventId(event), chatKey(event.path("source")), payload, now));
        }
        return out;
    }

    /**
     * {@code webhookEventId}; an event without one is keyed by its content, leaving out the delivery
     * context so that a redelivery still counts as the same event.
     */
    static String eventId(JsonNode event) throws JsonProcessingException {
        String id = event.path("webhookEventId").asText("");
        if (!id.isBlank()) {
            return id;
        }
        ObjectNode content = event.deepCopy();
        content.remove("deliveryContext");
        return "sha256:" + sha256(LineJson.MAPPER.writeValueAsString(content));
    }

    /** {@code line:<groupId|roomId|userId>}: events of one chat are handled in order. */
    static String chatKey(JsonNode source) {
        String id = switch (source.path("type").asText("")) {
            case "group" -> source.path("groupId").asText("");
            case "room" -> source.path("roomId").asText("");
            case "user" -> source.path("userId").asText("");
            default -> "";
        };
        return id.isBlank() ? "" : SOURCE + ":" + id;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
