package io.groupbuy.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.groupbuy.pandapon.PandaPonMessageTypes;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Turns order events into PandaPon messages (API.md §6.2-6.4) and hands them to the pusher. Each
 * body carries a unique {@code messageId} [inferred] so receivers can drop repeats.
 */
final class OrderCallbacks implements OrderEvents {
    private final ObjectMapper mapper;
    private final Clock clock;
    private final CallbackPusher pusher;
    private final AtomicReference<String> url;
    private final SandboxOptions.CallbackBodyStyle style;
    private final AtomicLong messages = new AtomicLong();

    OrderCallbacks(ObjectMapper mapper, Clock clock, CallbackPusher pusher, AtomicReference<String> url,
                   SandboxOptions.CallbackBodyStyle style) {
        this.mapper = mapper;
        this.clock = clock;
        this.pusher = pusher;
        this.url = url;
        this.style = style;
    }

    @Override
    public void statusChanged(SandboxOrder o, String previousStatus) {
        ObjectNode body = common(o);
        body.put("previousStatus", previousStatus);
        send(o.taobao ? PandaPonMessageTypes.TAOBAO_STATUS_MODIFY : PandaPonMessageTypes.ALIBABA_STATUS_MODIFY,
                o, body);
    }

    @Override
    public void priceModified(SandboxOrder o, long oldTotal) {
        ObjectNode body = common(o);
        body.put("oldTotalAmount", oldTotal);
        body.put("newTotalAmount", o.totalAmount());
        if (o.taobao) {
            body.put("salesOrderId", o.orderId);
            ArrayNode subOrders = body.putArray("subOrders");
            for (SandboxOrder.Line line : o.lines) {
                ObjectNode sub = subOrders.addObject();
                sub.put("purchase_order_outer_id", o.clientKey);
                sub.put("purchase_order_line_outer_id", line.lineId);
                sub.put("product_amount", Long.toString(line.amount()));
                sub.put("quantity", line.quantity);
                sub.put("logistic_company_name", o.logisticsCompany);
                sub.put("logistic_number", o.logisticsNumber);
            }
            ObjectNode price = body.putObject("purchaseOrderPriceDTO");
            price.put("purchaseCurrency", "CNY");
            price.put("purchaseTotalFee", o.totalAmount());
            price.put("purchaseProductFee", o.productAmount());
            price.put("purchaseShippingFee", o.shippingFee);
            send(PandaPonMessageTypes.TAOBAO_PRICE_MODIFY, o, body);
        } else {
            ObjectNode base = body.putObject("baseInfo");
            base.put("id", o.orderId);
            base.put("status", o.status);
            base.put("totalAmount", o.totalAmount());
            base.put("sumProductPayment", o.productAmount());
            base.put("shippingFee", o.shippingFee);
            ArrayNode items = body.putArray("productItems");
            for (SandboxOrder.Line line : o.lines) {
                ObjectNode item = items.addObject();
                item.put("subItemID", line.lineId);
                item.put("productID", line.itemId);
                item.put("specId", line.orderSkuId);
                item.put("name", line.title);
                item.put("quantity", line.quantity);
                item.put("price", line.unitPrice);
                item.put("itemAmount", line.amount());
            }
            send(PandaPonMessageTypes.ALIBABA_PRICE_MODIFY, o, body);
        }
    }

    @Override
    public void refunded(SandboxOrder o, String refundId, long amount, String lineId) {
        ObjectNode body = common(o);
        body.put("refundId", refundId);
        body.put("refundAmount", amount);
        body.put("totalRefundAmount", o.refundAmount);
        body.put("refundStatus", 100);
        body.put("refundStatusName", "REFUND_SUCCESSFUL");
        if (lineId != null) {
            body.putArray("subOrderIds").add(lineId);
        }
        send(o.taobao ? PandaPonMessageTypes.TAOBAO_REFUND : PandaPonMessageTypes.ALIBABA_REFUND, o, body);
    }

    /** The clone's Taobao order fields (plus our own), or the 1688 equivalents. */
    private ObjectNode common(SandboxOrder o) {
        ObjectNode body = mapper.createObjectNode();
        body.put("messageId", UUID.randomUUID().toString().replace("-", ""));
        body.put("orderId", o.orderId);
        if (o.taobao) {
            body.put("orderNo", o.orderNo);
            body.put("sellerOrderNumber", o.clientKey);
            body.put("orderStatus", o.status);
            body.put("orderStatusCode", OrderStatusMachine.code(true, o.status));
        } else {
            body.put("outOrderId", o.clientKey);
            body.put("status", o.status);
        }
        body.put("payStatus", o.payStatus());
        body.put("totalAmount", o.totalAmount());
        body.put("shippingFee", o.shippingFee);
        body.put("productAmount", o.productAmount());
        body.put("paidAmount", o.paidAmount);
        body.put("refundAmount", o.refundAmount);
        body.put("closeReason", o.closeReason);
        if (o.logisticsNumber != null) {
            body.put("logisticsCompany", o.logisticsCompany);
            body.put("logisticsNumber", o.logisticsNumber);
        }
        body.put("updateTime", o.updateTime);
        return body;
    }

    private void send(String type, SandboxOrder o, ObjectNode body) {
        String target = url.get();
        if (target == null) {
            return;
        }
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("messageType", type);
        long n = messages.incrementAndGet();
        boolean asString = style == SandboxOptions.CallbackBodyStyle.STRING
                || (style == SandboxOptions.CallbackBodyStyle.ALTERNATE && n % 2 == 1);
        try {
            if (asString) {
                envelope.put("messageBody", mapper.writeValueAsString(body));
            } else {
                envelope.set("messageBody", body);
            }
            envelope.put("messagePlatform", o.taobao ? PandaPonMessageTypes.PLATFORM_TAOBAO
                    : PandaPonMessageTypes.PLATFORM_1688);
            envelope.put("timestamp", Long.toString(clock.millis()));
            pusher.push(target, body.get("messageId").asText(), type, mapper.writeValueAsBytes(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a sandbox callback", e);
        }
    }
}
