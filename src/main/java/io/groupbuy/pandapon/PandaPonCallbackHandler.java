package io.groupbuy.pandapon;

import io.groupbuy.core.Marketplace;
import io.groupbuy.core.order.OrderUpdates;
import io.groupbuy.core.port.UpstreamOrder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a recorded PandaPon callback into a change of the order it names: a status, a price
 * modification waiting for an admin, or a refund. Messages that name no order we know, or that we
 * cannot read, are reported (logs and metrics) and kept by the caller, never dropped.
 */
public final class PandaPonCallbackHandler {
    private static final Logger log = LoggerFactory.getLogger(PandaPonCallbackHandler.class);

    /** What became of one message. */
    public enum Outcome {
        APPLIED,
        IGNORED,
        UNKNOWN_ORDER,
        UNKNOWN_TYPE,
        UNREADABLE
    }

    private final PandaPonCallbackParser parser;
    private final OrderUpdates updates;
    private final MeterRegistry metrics;

    public PandaPonCallbackHandler(PandaPonCallbackParser parser, OrderUpdates updates, MeterRegistry metrics) {
        this.parser = parser;
        this.updates = updates;
        this.metrics = metrics;
    }

    public Outcome handle(String payload) {
        Optional<PandaPonCallback> parsed = parser.tryParse(payload.getBytes(StandardCharsets.UTF_8));
        if (parsed.isEmpty()) {
            count("unreadable", Outcome.UNREADABLE);
            log.warn("PandaPon callback kept unread: not a message envelope ({} bytes)", payload.length());
            return Outcome.UNREADABLE;
        }
        PandaPonCallback callback = parsed.get();
        Outcome outcome = apply(callback);
        count(callback.kind().name().toLowerCase(), outcome);
        String orderId = callback.orderId().orElse("-");
        if (outcome == Outcome.UNKNOWN_ORDER || outcome == Outcome.UNKNOWN_TYPE) {
            log.warn("PandaPon callback {} for order {} kept: {}", callback.messageType(), orderId, outcome);
        } else {
            log.info("PandaPon callback {} for order {}: {}", callback.messageType(), orderId, outcome);
        }
        return outcome;
    }

    private Outcome apply(PandaPonCallback callback) {
        if (callback.kind() == PandaPonCallback.Kind.UNKNOWN) {
            return Outcome.UNKNOWN_TYPE;
        }
        Optional<String> orderId = callback.orderId();
        CallbackFields fields = new CallbackFields(callback.body());
        Optional<String> clientKey = fields.text("sellerOrderNumber", "outOrderId");
        if (orderId.isEmpty() && clientKey.isEmpty()) {
            return Outcome.UNKNOWN_ORDER;
        }
        // The platform number is only a hint (the clone's samples contradict it): try it first, then the other.
        for (Marketplace market : candidates(callback)) {
            OrderUpdates.Applied applied = switch (callback.kind()) {
                case STATUS -> applyStatus(market, callback, fields, orderId.orElse(null), clientKey.orElse(null));
                case PRICE_MODIFY -> applyPrice(market, callback, fields, orderId.orElse(null));
                case REFUND -> applyRefund(market, callback, fields, orderId.orElse(null));
                case UNKNOWN -> OrderUpdates.Applied.UNKNOWN_ORDER;
            };
            if (applied != OrderUpdates.Applied.UNKNOWN_ORDER) {
                return applied == OrderUpdates.Applied.APPLIED ? Outcome.APPLIED : Outcome.IGNORED;
            }
        }
        return Outcome.UNKNOWN_ORDER;
    }

    private OrderUpdates.Applied applyStatus(Marketplace market, PandaPonCallback callback, CallbackFields fields,
                                             String orderId, String clientKey) {
        Optional<CallbackFields.Status> status = fields.status(market, callback.messageType());
        if (status.isEmpty()) {
            return OrderUpdates.Applied.IGNORED;
        }
        UpstreamOrder news = new UpstreamOrder(orderId, clientKey, status.get().status(), status.get().raw(),
                fields.fen("productAmount").orElse(0L), fields.fen("shippingFee").orElse(0L),
                fields.text("logisticsCompany", "logistic_company_name").orElse(null),
                fields.text("logisticsNumber", "logistic_number").orElse(null), fields.at(callback.timestamp()));
        return updates.applyStatus(market, news, "callback");
    }

    private OrderUpdates.Applied applyPrice(Marketplace market, PandaPonCallback callback, CallbackFields fields,
                                            String orderId) {
        Optional<Long> goods = fields.newGoods();
        if (orderId == null || goods.isEmpty()) {
            return orderId == null ? OrderUpdates.Applied.UNKNOWN_ORDER : OrderUpdates.Applied.IGNORED;
        }
        return updates.proposePriceChange(market, orderId, callback.dedupeKey(), goods.get(),
                fields.newFreight().orElse(null));
    }

    private OrderUpdates.Applied applyRefund(Marketplace market, PandaPonCallback callback, CallbackFields fields,
                                             String orderId) {
        if (orderId == null) {
            return OrderUpdates.Applied.UNKNOWN_ORDER;
        }
        String refundId = fields.text("refundId").orElse(callback.dedupeKey());
        long amount = fields.fen("refundAmount", "refundFee").orElse(0L);
        return updates.applyRefund(market, orderId, refundId, amount,
                fields.text("refundStatusName", "refundStatus").orElse(null),
                fields.text("specId", "skuId", "mpSkuId").orElse(null));
    }

    private static List<Marketplace> candidates(PandaPonCallback callback) {
        List<Marketplace> order = new ArrayList<>();
        callback.marketplace().ifPresent(order::add);
        for (Marketplace m : Marketplace.values()) {
            if (!order.contains(m)) {
                order.add(m);
            }
        }
        return order;
    }

    private void count(String type, Outcome outcome) {
        Counter.builder("groupbuy.callbacks").tag("type", type).tag("outcome", outcome.name().toLowerCase())
                .register(metrics).increment();
    }
}
