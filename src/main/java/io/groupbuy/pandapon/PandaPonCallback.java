package io.groupbuy.pandapon;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.core.Marketplace;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A pushed message (API.md §6.2) with its {@code messageBody} always decoded to JSON, whether it was
 * sent as an object or as a JSON-encoded string.
 *
 * @param messagePlatform 0 Taobao, 1 1688; null when absent
 * @param timestamp       push time as sent (13-digit epoch ms in samples)
 * @param body            the decoded {@code messageBody}; a missing body is an empty object
 */
public record PandaPonCallback(String messageType, Integer messagePlatform, String timestamp, JsonNode body) {

    /** What a message is about, by suffix of its type; unknown types are kept, never thrown away. */
    public enum Kind { STATUS, PRICE_MODIFY, REFUND, UNKNOWN }

    public Kind kind() {
        String type = messageType == null ? "" : messageType.toUpperCase(Locale.ROOT);
        if (type.endsWith("PRICE_MODIFY")) {
            return Kind.PRICE_MODIFY;
        }
        if (type.endsWith("REFUND")) {
            return Kind.REFUND;
        }
        if (type.contains("STATUS") || type.endsWith("ORDER_CREATE") || type.endsWith("ORDER_CANCEL")
                || type.endsWith("ORDER_PAY_SUCCESS") || type.endsWith("ORDER_SHIPPED")
                || type.endsWith("ORDER_SUCCESS") || type.endsWith("ORDER_CLOSE")) {
            return Kind.STATUS;
        }
        return Kind.UNKNOWN;
    }

    /**
     * The marketplace from {@code messagePlatform}, else from the type's prefix. The clone's samples
     * send 1 for Taobao-looking orders, so treat this as a hint and match orders by id.
     */
    public Optional<Marketplace> marketplace() {
        if (messagePlatform != null) {
            if (messagePlatform == PandaPonMessageTypes.PLATFORM_TAOBAO) {
                return Optional.of(Marketplace.TAOBAO);
            }
            if (messagePlatform == PandaPonMessageTypes.PLATFORM_1688) {
                return Optional.of(Marketplace.ALIBABA_1688);
            }
        }
        String type = messageType == null ? "" : messageType.toUpperCase(Locale.ROOT);
        if (type.startsWith("TAOBAO_")) {
            return Optional.of(Marketplace.TAOBAO);
        }
        if (type.startsWith("1688_")) {
            return Optional.of(Marketplace.ALIBABA_1688);
        }
        return Optional.empty();
    }

    /** The order id the message is about: {@code orderId}, else {@code salesOrderId}, else 1688 {@code baseInfo.id}. */
    public Optional<String> orderId() {
        for (String field : new String[] {"orderId", "salesOrderId"}) {
            JsonNode n = body.get(field);
            if (n != null && !n.isNull() && !n.asText().isEmpty()) {
                return Optional.of(n.asText());
            }
        }
        JsonNode base = body.path("baseInfo").path("id");
        return base.isMissingNode() || base.isNull() ? Optional.empty() : Optional.of(base.asText());
    }

    /** The message's unique id ({@code messageBody.messageId}) [inferred: the sandbox sends it]. */
    public Optional<String> messageId() {
        JsonNode n = body.get("messageId");
        return n == null || n.isNull() || n.asText().isEmpty() ? Optional.empty() : Optional.of(n.asText());
    }

    /**
     * A key for dropping repeats: the message id when present, otherwise a hash of type, timestamp
     * and body (PandaPon resends the same message on retries).
     */
    public String dedupeKey() {
        Optional<String> id = messageId();
        if (id.isPresent()) {
            return "id:" + id.get();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (messageType + "|" + timestamp + "|" + body).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
