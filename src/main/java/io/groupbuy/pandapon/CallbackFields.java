package io.groupbuy.pandapon;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.OrderStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the fields the bot needs from a callback body, tolerant of the shapes seen so far: the
 * clone's Taobao events, PandaPon's documented price-modify schema (values often strings), the 1688
 * order-detail structure and the sandbox's messages.
 */
final class CallbackFields {
    private final JsonNode body;

    CallbackFields(JsonNode body) {
        this.body = body;
    }

    Optional<String> text(String... fields) {
        for (String f : fields) {
            JsonNode n = body.get(f);
            if (n != null && !n.isNull() && !n.isContainerNode() && !n.asText().isBlank()) {
                return Optional.of(n.asText().trim());
            }
        }
        return Optional.empty();
    }

    /** A money field in fen, sent as a number or a numeric string. */
    static Optional<Long> fen(JsonNode parent, String... fields) {
        for (String f : fields) {
            JsonNode n = parent.get(f);
            if (n == null || n.isNull()) {
                continue;
            }
            if (n.canConvertToLong()) {
                return Optional.of(n.asLong());
            }
            try {
                return Optional.of(Long.parseLong(n.asText().trim()));
            } catch (NumberFormatException ignored) {
                // not a number: try the next field
            }
        }
        return Optional.empty();
    }

    Optional<Long> fen(String... fields) {
        return fen(body, fields);
    }

    /** The status this message reports, from its fields or, for the clone's event types, its type. */
    Optional<Status> status(Marketplace market, String messageType) {
        Optional<String> name = text("orderStatus", "status");
        if (name.isEmpty() && body.path("baseInfo").has("status")) {
            name = Optional.of(body.path("baseInfo").path("status").asText());
        }
        if (name.isPresent()) {
            return Optional.of(new Status(mapName(market, name.get()), name.get()));
        }
        Optional<Long> code = fen("orderStatusCode");
        if (code.isPresent() && market == Marketplace.TAOBAO) {
            TaobaoOrderStatus s = TaobaoOrderStatus.fromCode(code.get().intValue());
            return Optional.of(new Status(PandaPonStatuses.taobao(s), s.name()));
        }
        String type = messageType == null ? "" : messageType.toUpperCase(Locale.ROOT);
        if (type.endsWith("ORDER_PAY_SUCCESS")) {
            return Optional.of(new Status(OrderStatus.PAID, "ORDER_PAY_SUCCESS"));
        }
        if (type.endsWith("ORDER_CANCEL") || type.endsWith("ORDER_CLOSE")) {
            return Optional.of(new Status(OrderStatus.CANCELLED, type));
        }
        if (type.endsWith("ORDER_CREATE")) {
            return Optional.of(new Status(OrderStatus.WAITING_PAYMENT, "ORDER_CREATE"));
        }
        return Optional.empty();
    }

    record Status(OrderStatus status, String raw) {
    }

    static OrderStatus mapName(Marketplace market, String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        // The clone's callback-level names (API.md §6.5)
        switch (upper) {
            case "WAITING_FOR_PAYMENT":
                return OrderStatus.WAITING_PAYMENT;
            case "WAITING_FOR_SENT":
                return OrderStatus.PAID;
            case "CANCEL", "CANCELLED", "TRADE_CLOSED":
                return OrderStatus.CANCELLED;
            default:
                break;
        }
        Optional<TaobaoOrderStatus> taobao = TaobaoOrderStatus.fromName(upper);
        if (taobao.isPresent()) {
            return PandaPonStatuses.taobao(taobao.get());
        }
        AlibabaOrderStatus alibaba = AlibabaOrderStatus.fromWire(name.toLowerCase(Locale.ROOT));
        if (alibaba != AlibabaOrderStatus.OTHER) {
            return PandaPonStatuses.alibaba(alibaba);
        }
        return OrderStatus.OTHER;
    }

    /** Upstream time of the news: the body's update time, else the push timestamp. */
    Instant at(String pushTimestamp) {
        Optional<Long> update = fen("updateTime");
        if (update.isPresent() && update.get() > 0) {
            return Instant.ofEpochMilli(update.get());
        }
        try {
            return pushTimestamp == null ? null : Instant.ofEpochMilli(Long.parseLong(pushTimestamp.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** New goods amount of a price modification, by the first field that has one. */
    Optional<Long> newGoods() {
        Optional<Long> dto = fen(body.path("purchaseOrderPriceDTO"), "purchaseProductFee");
        if (dto.isPresent()) {
            return dto;
        }
        Optional<Long> base = fen(body.path("baseInfo"), "sumProductPayment");
        if (base.isPresent()) {
            return base;
        }
        JsonNode subs = body.path("subOrders");
        if (subs.isArray() && !subs.isEmpty()) {
            long sum = 0;
            boolean any = false;
            for (JsonNode sub : subs) {
                Optional<Long> amount = fen(sub, "product_amount");
                if (amount.isPresent()) {
                    sum += amount.get();
                    any = true;
                }
            }
            if (any) {
                return Optional.of(sum);
            }
        }
        Optional<Long> total = fen("newTotalAmount", "totalAmount");
        Optional<Long> freight = newFreight();
        return total.map(t -> t - freight.orElse(0L));
    }

    Optional<Long> newFreight() {
        Optional<Long> dto = fen(body.path("purchaseOrderPriceDTO"), "purchaseShippingFee");
        return dto.isPresent() ? dto : fen(body.path("baseInfo"), "shippingFee").or(() -> fen("shippingFee"));
    }
}
