package io.groupbuy.web;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.groupbuy.store.StoreException;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.handler.GracefulHandler;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server (Javalin 7 on Jetty 12): webhooks, PandaPon callbacks, health, metrics and the
 * playground all register their routes here before it starts. Request bodies are capped; errors
 * never show a stack trace.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    /** Webhook bodies are small; anything bigger is refused before it is read into memory. */
    public static final long MAX_REQUEST_BYTES = 1024 * 1024;

    private record Route(HandlerType method, String path, Handler handler) {
    }

    /** How long a stop waits for requests in flight (a long poll being answered) to finish. */
    static final long STOP_GRACE_MILLIS = 3_000;

    private final List<Route> routes = new ArrayList<>();
    private final List<Runnable> beforeStop = new ArrayList<>();
    private Javalin app;

    public WebServer get(String path, Handler handler) {
        return add(HandlerType.GET, path, handler);
    }

    public WebServer post(String path, Handler handler) {
        return add(HandlerType.POST, path, handler);
    }

    public synchronized WebServer add(HandlerType method, String path, Handler handler) {
        if (app != null) {
            throw new IllegalStateException("routes must be added before the server starts");
        }
        routes.add(new Route(method, path, handler));
        return this;
    }

    /** Runs when the server is told to stop, before it stops: ends what would keep requests open. */
    public synchronized WebServer beforeStop(Runnable hook) {
        beforeStop.add(hook);
        return this;
    }

    /** Starts on {@code host:port} (port 0 picks a free one) and returns the port. */
    public synchronized int start(String host, int port) {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            cfg.jsonMapper(new JavalinJackson(io.groupbuy.app.Json.mapper(), false));
            cfg.jetty.host = host;
            cfg.jetty.port = port;
            // Requests in flight finish before the connectors close, or Javalin answers on a recycled request.
            cfg.jetty.modifyServer(server -> server.setStopTimeout(STOP_GRACE_MILLIS));
            cfg.jetty.modifyServletContextHandler(handler -> handler.insertHandler(new GracefulHandler()));
            for (Route r : routes) {
                cfg.routes.addHttpHandler(r.method(), r.path(), r.handler());
            }
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                log.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).json(java.util.Map.of("error", "internal error"));
            });
            // A full or read-only disk is the operator's to fix, and the message already says how: no stack trace.
            cfg.routes.exception(StoreException.class, (e, ctx) -> {
                if (e.isStorageTrouble()) {
                    log.error("{} {} refused: {}", ctx.method(), ctx.path(), e.getMessage());
                    ctx.status(503).json(java.util.Map.of("error", "the bot cannot store anything right now"
                            + " (its disk is full or read-only); please try again later"));
                } else {
                    log.error("{} {} failed", ctx.method(), ctx.path(), e);
                    ctx.status(500).json(java.util.Map.of("error", "internal error"));
                }
            });
        });
        app.start();
        return app.port();
    }

    public synchronized int port() {
        return app == null ? -1 : app.port();
    }

    @Override
    public synchronized void close() {
        for (Runnable hook : beforeStop) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                log.warn("before stopping the HTTP server: {}", e.toString());
            }
        }
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
