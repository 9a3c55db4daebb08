package io.groupbuy.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.groupbuy.app.Json;
import io.groupbuy.pandapon.PandaPonEndpoint;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PandaPon simulator on a real port: the same HTTP contract as the client's endpoint
 * catalogue (plus the documented v1 aliases), checked headers and signatures, a seeded catalog with
 * synthetic items for any other id, carts, orders with their status machine, callbacks, and admin
 * controls under {@code /sandbox/admin/}. See docs/SANDBOX.md.
 */
public final class PandaPonSandbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PandaPonSandbox.class);
    private static final long MAX_BODY_BYTES = 16L * 1024 * 1024; // image search sends base64 pictures

    private final SandboxOptions options;
    private final Javalin app;
    private final ScheduledExecutorService scheduler;
    private final OkHttpClient callbackHttp;
    private final SandboxAdmin admin;
    private final String baseUrl;

    private PandaPonSandbox(SandboxOptions options, ObjectMapper mapper) {
        this.options = options;
        AtomicReference<String> publicBase = new AtomicReference<>(options.publicBaseUrl());
        AtomicReference<String> callbackUrl = new AtomicReference<>(options.callbackUrl());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-callbacks");
            t.setDaemon(true);
            return t;
        });
        this.callbackHttp = new OkHttpClient();
        CallbackPusher pusher = new CallbackPusher(callbackHttp, options.callbackTimeout(),
                options.callbackRetryInterval(), options.callbackMaxRetries(), scheduler);
        SandboxCatalog catalog = new SandboxCatalog(mapper);
        ProductViews views = new ProductViews(publicBase::get);
        SandboxOrders orders = new SandboxOrders(catalog, options.clock(),
                new OrderCallbacks(mapper, options.clock(), pusher, callbackUrl, options.callbackBodyStyle()), views);
        SandboxCarts carts = new SandboxCarts();
        SandboxParts parts = new SandboxParts(mapper, options, catalog, carts, orders, views,
                new LineResolver(catalog), publicBase::get);
        SandboxFaults faults = new SandboxFaults();
        SandboxCounters counters = new SandboxCounters();
        BasisApi basis = new BasisApi(parts);
        Map<PandaPonEndpoint, SandboxHandler> handlers = new EnumMap<>(PandaPonEndpoint.class);
        new TaobaoGoodsApi(parts).register(handlers);
        new TaobaoTradeApi(parts).register(handlers);
        new AlibabaGoodsApi(parts).register(handlers);
        new AlibabaTradeApi(parts).register(handlers);
        basis.register(handlers);
        this.admin = new SandboxAdmin(parts, faults, counters, pusher, callbackUrl, () -> {
            faults.clear();
            pusher.reset();
            orders.reset();
            carts.reset();
            basis.reset();
            catalog.reset();
            counters.reset();
            callbackUrl.set(options.callbackUrl());
        });
        SandboxApiRoutes api = new SandboxApiRoutes(mapper, new SandboxAuth(options), faults, counters, handlers);
        SandboxAdminRoutes adminRoutes = new SandboxAdminRoutes(admin, mapper);
        SandboxPages pages = new SandboxPages(new ProductImages(catalog), admin);
        this.app = Javalin.create((JavalinConfig cfg) -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            api.register(cfg.routes);
            adminRoutes.register(cfg.routes);
            pages.register(cfg.routes);
        });
        try {
            app.start(options.bindHost(), options.port());
        } catch (RuntimeException e) {
            shutdownHelpers();
            throw e;
        }
        String host = options.bindHost().equals("0.0.0.0") ? "127.0.0.1" : options.bindHost();
        this.baseUrl = "http://" + host + ":" + app.port();
        publicBase.compareAndSet(null, baseUrl);
        log.info("PandaPon sandbox listening on {} (bind {}, signer {}, signatures {}, callbacks to {})", baseUrl,
                options.bindHost(), options.signer(), options.verifySignatures() ? "verified" : "NOT verified",
                redacted(options.callbackUrl()));
    }

    /** Starts a sandbox with the project's shared ObjectMapper. */
    public static PandaPonSandbox start(SandboxOptions options) {
        return start(options, Json.mapper());
    }

    public static PandaPonSandbox start(SandboxOptions options, ObjectMapper mapper) {
        return new PandaPonSandbox(options, mapper);
    }

    /** e.g. {@code http://127.0.0.1:41234}; what a PandaPonClient should use as its base URL. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return app.port();
    }

    public SandboxOptions options() {
        return options;
    }

    public SandboxAdmin admin() {
        return admin;
    }

    @Override
    public void close() {
        app.stop();
        shutdownHelpers();
        log.info("PandaPon sandbox on {} stopped", baseUrl);
    }

    /** The callback path carries a secret token (PANDAPON_CALLBACK_TOKEN): log only where it goes. */
    private static String redacted(String url) {
        if (url == null) {
            return "nowhere";
        }
        HttpUrl parsed = HttpUrl.parse(url);
        return parsed == null ? "an unparseable URL" : parsed.scheme() + "://" + parsed.host() + ":" + parsed.port()
                + "/…";
    }

    private void shutdownHelpers() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        callbackHttp.dispatcher().executorService().shutdown();
        callbackHttp.connectionPool().evictAll();
    }
}
