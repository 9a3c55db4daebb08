package io.groupbuy.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** GET /healthz (JSON, 503 when not ready) and GET /metrics (Prometheus text format). */
public final class OperationsRoutes {
    private OperationsRoutes() {
    }

    public static void register(WebServer server, Supplier<HealthReport> health, PrometheusMeterRegistry metrics) {
        server.get("/healthz", ctx -> {
            HealthReport report = health.get();
            ctx.status(report.ready() ? 200 : 503).json(toJson(report));
        });
        server.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
    }

    static Map<String, Object> toJson(HealthReport r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", r.status());
        json.put("ready", r.ready());
        json.put("mode", r.mode());
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("ok", r.databaseOk());
        db.put("detail", r.databaseDetail());
        json.put("database", db);
        List<Map<String, Object>> channels = r.channels().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("channel", c.channel());
            m.put("healthy", c.healthy());
            m.put("mode", c.mode());
            m.put("lastSuccess", c.lastSuccess() == null ? null : c.lastSuccess().toString());
            m.put("detail", c.detail());
            return m;
        }).toList();
        json.put("channels", channels);
        if (r.pandapon() != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("reachable", r.pandapon().reachable());
            p.put("lastSuccess", r.pandapon().lastSuccess() == null ? null : r.pandapon().lastSuccess().toString());
            p.put("lastFailure", r.pandapon().lastFailure() == null ? null : r.pandapon().lastFailure().toString());
            p.put("detail", r.pandapon().detail());
            json.put("pandapon", p);
        }
        json.put("checkedAt", r.checkedAt().toString());
        return json;
    }
}
