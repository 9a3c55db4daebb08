package io.groupbuy.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP face of {@link SandboxAdmin} under {@code /sandbox/admin/} (documented in docs/SANDBOX.md).
 * A local tool: no signature. Plain JSON answers; refusals as HTTP 400/404/409 with {@code {"error":…}}.
 */
final class SandboxAdminRoutes {
    static final String PREFIX = "/sandbox/admin";

    private final SandboxAdmin admin;
    private final ObjectMapper mapper;

    SandboxAdminRoutes(SandboxAdmin admin, ObjectMapper mapper) {
        this.admin = admin;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.get(PREFIX + "/orders", ctx -> json(ctx, admin.orders()));
        routes.get(PREFIX + "/orders/{orderId}", ctx -> json(ctx, admin.order(ctx.pathParam("orderId"))));
        post(routes, "/orders/{orderId}/advance", (ctx, body) ->
                admin.advanceOrder(ctx.pathParam("orderId"), body.path("pay").asBoolean(false)));
        post(routes, "/orders/{orderId}/pay", (ctx, body) -> admin.payOrder(ctx.pathParam("orderId")));
        post(routes, "/orders/{orderId}/cancel", (ctx, body) ->
                admin.cancelOrder(ctx.pathParam("orderId"), text(body, "reason")));
        post(routes, "/orders/{orderId}/price", (ctx, body) -> admin.changeOrderPrice(ctx.pathParam("orderId"),
                body.hasNonNull("totalAmount") ? body.get("totalAmount").asLong() : null, unitPrices(body)));
        post(routes, "/orders/{orderId}/refund", (ctx, body) -> Map.of("refundId", admin.refund(
                ctx.pathParam("orderId"), body.path("amount").asLong(0), text(body, "lineId"))));
        post(routes, "/orders/{orderId}/ship", (ctx, body) ->
                admin.ship(ctx.pathParam("orderId"), text(body, "company"), text(body, "number")));
        routes.get(PREFIX + "/stats", ctx -> json(ctx, admin.stats()));
        routes.get(PREFIX + "/callbacks", ctx -> json(ctx, admin.callbacks()));
        post(routes, "/products/{id}/price", (ctx, body) -> {
            admin.changeProductPrice(ctx.pathParam("id"), text(body, "skuId"), body.path("price").asLong(0),
                    body.hasNonNull("promotionPrice") ? body.get("promotionPrice").asLong() : null);
            return ok();
        });
        post(routes, "/products/{id}/stock", (ctx, body) -> {
            admin.changeProductStock(ctx.pathParam("id"), text(body, "skuId"), body.path("stock").asLong(-1));
            return ok();
        });
        routes.get(PREFIX + "/faults", ctx -> json(ctx, admin.faults()));
        post(routes, "/faults", (ctx, body) -> {
            try {
                admin.addFault(fault(body));
            } catch (IllegalArgumentException e) {
                throw new SandboxAdminException(SandboxError.BAD_REQUEST, e.getMessage());
            }
            return ok();
        });
        routes.delete(PREFIX + "/faults", ctx -> {
            admin.clearFaults();
            json(ctx, ok());
        });
        post(routes, "/callback-url", (ctx, body) -> {
            admin.setCallbackUrl(text(body, "url"));
            ObjectNode answer = ok();
            answer.put("url", admin.callbackUrl());
            return answer;
        });
        post(routes, "/reset", (ctx, body) -> {
            admin.reset();
            return ok();
        });
        routes.exception(SandboxAdminException.class, (e, ctx) -> error(ctx, e.code(), e.getMessage()));
    }

    @FunctionalInterface
    private interface Action {
        Object run(Context ctx, JsonNode body);
    }

    private void post(RoutesConfig routes, String path, Action action) {
        Handler handler = ctx -> json(ctx, action.run(ctx, body(ctx)));
        routes.post(PREFIX + path, handler);
    }

    private JsonNode body(Context ctx) {
        byte[] raw = ctx.bodyAsBytes();
        if (raw.length == 0) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(raw);
            return node == null ? mapper.createObjectNode() : node;
        } catch (IOException e) {
            throw new SandboxAdminException(SandboxError.BAD_REQUEST, "the body is not JSON");
        }
    }

    private SandboxFault fault(JsonNode body) {
        String kind = text(body, "kind");
        if (kind == null) {
            throw new IllegalArgumentException("kind is required: LATENCY, CODE, HTTP_5XX, MALFORMED, "
                    + "DROP_CONNECTION or DOWN");
        }
        return new SandboxFault(text(body, "endpoint"), SandboxFault.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT)),
                body.path("latencyMs").asLong(0), body.path("latencyMaxMs").asLong(0), body.path("code").asInt(500),
                text(body, "msg"), body.path("httpStatus").asInt(503), body.path("count").asInt(0));
    }

    private static Map<String, Long> unitPrices(JsonNode body) {
        Map<String, Long> prices = new HashMap<>();
        body.path("unitPrices").fields().forEachRemaining(e -> prices.put(e.getKey(), e.getValue().asLong()));
        return prices;
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private ObjectNode ok() {
        return mapper.createObjectNode().put("ok", true);
    }

    private void json(Context ctx, Object value) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8").result(mapper.writeValueAsBytes(value));
    }

    private void error(Context ctx, int status, String message) {
        ctx.status(status == SandboxError.NOT_FOUND || status == SandboxError.CONFLICT ? status : 400)
                .contentType("application/json; charset=utf-8")
                .result("{\"error\":" + mapper.valueToTree(message) + "}");
    }
}
