package io.groupbuy.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.groupbuy.pandapon.PandaPonEndpoint;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves every {@link PandaPonEndpoint} (and its documented v1 alias) in PandaPon's contract: count,
 * injected faults, header check, handler, envelope. Refusals are HTTP 200 with {@code code != 200}.
 */
final class SandboxApiRoutes {
    static final String DEVELOP_ID = "1900000000000000001";
    private static final Logger log = LoggerFactory.getLogger(SandboxApiRoutes.class);
    private static final String JSON = "application/json; charset=utf-8";

    private final ObjectMapper mapper;
    private final SandboxAuth auth;
    private final SandboxFaults faults;
    private final SandboxCounters counters;
    private final Map<PandaPonEndpoint, SandboxHandler> handlers;

    SandboxApiRoutes(ObjectMapper mapper, SandboxAuth auth, SandboxFaults faults, SandboxCounters counters,
                     Map<PandaPonEndpoint, SandboxHandler> handlers) {
        this.mapper = mapper;
        this.auth = auth;
        this.faults = faults;
        this.counters = counters;
        this.handlers = handlers;
    }

    /** Registers each endpoint from the catalogue; an endpoint without a handler is a programming error. */
    void register(RoutesConfig routes) {
        for (PandaPonEndpoint endpoint : PandaPonEndpoint.values()) {
            SandboxHandler handler = handlers.get(endpoint);
            if (handler == null) {
                throw new IllegalStateException("the sandbox has no handler for " + endpoint);
            }
            Handler route = ctx -> serve(endpoint, handler, ctx);
            add(routes, endpoint, endpoint.path(), route);
            endpoint.v1Alias().ifPresent(alias -> add(routes, endpoint, alias, route));
        }
    }

    private static void add(RoutesConfig routes, PandaPonEndpoint endpoint, String path, Handler route) {
        if (endpoint.method() == PandaPonEndpoint.Method.GET) {
            routes.get(path, route);
        } else {
            routes.post(path, route);
        }
    }

    private void serve(PandaPonEndpoint endpoint, SandboxHandler handler, Context ctx) {
        counters.count(endpoint);
        if (injectFaults(endpoint, ctx)) {
            return;
        }
        String requestId = SandboxIds.requestId();
        try {
            String userId = auth.verify(endpoint, ctx::header, ctx::queryParam);
            SandboxRequest request = new SandboxRequest(endpoint, userId, body(endpoint, ctx), ctx::queryParam, mapper);
            envelope(ctx, requestId, 200, "成功", handler.handle(request));
        } catch (SandboxError e) {
            log.debug("sandbox {} refused: {} {}", endpoint, e.code(), e.getMessage());
            envelope(ctx, requestId, e.code(), e.getMessage(), null);
        } catch (RuntimeException e) {
            log.warn("sandbox {} failed", endpoint, e);
            envelope(ctx, requestId, SandboxError.INTERNAL, "internal sandbox error: " + e, null);
        }
    }

    private JsonNode body(PandaPonEndpoint endpoint, Context ctx) {
        if (endpoint.method() == PandaPonEndpoint.Method.GET) {
            return mapper.createObjectNode();
        }
        byte[] raw = ctx.bodyAsBytes();
        if (raw.length == 0) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(raw);
            if (node == null || !node.isObject()) {
                throw new SandboxError(SandboxError.BAD_REQUEST, "the body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "the body is not JSON");
        }
    }

    private void envelope(Context ctx, String requestId, int code, String msg, Object data) {
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("requestId", requestId);
        envelope.put("code", code);
        envelope.put("developId", DEVELOP_ID);
        envelope.put("msg", msg);
        if (data != SandboxHandler.NO_DATA) {
            envelope.set("data", mapper.valueToTree(data));
        }
        try {
            ctx.status(200).contentType(JSON).result(mapper.writeValueAsBytes(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a sandbox envelope", e);
        }
    }

    /** True when a fault answered (or dropped) the call. */
    private boolean injectFaults(PandaPonEndpoint endpoint, Context ctx) {
        List<SandboxFault> hits = faults.take(ctx.path(), endpoint.name());
        for (SandboxFault fault : hits) {
            switch (fault.kind()) {
                case LATENCY -> {
                    try {
                        Thread.sleep(fault.drawLatencyMs());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return true;
                    }
                }
                case CODE -> {
                    envelope(ctx, SandboxIds.requestId(), fault.code(),
                            fault.msg() == null ? "injected error" : fault.msg(), null);
                    return true;
                }
                case HTTP_5XX -> {
                    ctx.status(fault.httpStatus()).contentType("text/html")
                            .result("<html><body>" + fault.httpStatus() + " (sandbox fault)</body></html>");
                    return true;
                }
                case MALFORMED -> {
                    ctx.status(200).contentType(JSON).result(("{\"requestId\":\"" + SandboxIds.requestId()
                            + "\",\"code\":200,\"msg\":\"成功\",\"data\":{\"itemId\":").getBytes(StandardCharsets.UTF_8));
                    return true;
                }
                case DROP_CONNECTION -> {
                    ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData()
                            .getConnection().getEndPoint().close();
                    return true;
                }
                case DOWN -> {
                    ctx.status(503).contentType("text/plain").result("sandbox is DOWN (fault injected)");
                    return true;
                }
                default -> throw new IllegalStateException("unknown fault " + fault.kind());
            }
        }
        return false;
    }
}
