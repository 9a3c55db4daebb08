package io.groupbuy.app;

import io.groupbuy.app.config.BotConfig;
import io.groupbuy.app.config.PandaPonConfig;
import io.groupbuy.conversation.ChannelStatus;
import io.groupbuy.conversation.InboxPump;
import io.groupbuy.core.Secret;
import io.groupbuy.core.order.OrderReconciler;
import io.groupbuy.pandapon.PandaPonCallbackHandler;
import io.groupbuy.pandapon.PandaPonCallbackParser;
import io.groupbuy.pandapon.PandaPonCallbackReceiver;
import io.groupbuy.pandapon.PandaPonClient;
import io.groupbuy.pandapon.PandaPonClientSettings;
import io.groupbuy.pandapon.PandaPonMarketplace;
import io.groupbuy.pandapon.ReceivingAddress;
import io.groupbuy.pandapon.Signers;
import io.groupbuy.pandapon.Sleeper;
import io.groupbuy.sandbox.PandaPonSandbox;
import io.groupbuy.sandbox.SandboxOptions;
import io.groupbuy.store.Database;
import io.groupbuy.web.HealthReport;
import io.groupbuy.web.OperationsRoutes;
import io.groupbuy.web.PandaPonCallbackRoute;
import io.groupbuy.web.SandboxAssetsRoute;
import io.groupbuy.web.WebServer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every piece by hand from the configuration, starts them in order,
 * and stops them in reverse (intake first, then in-flight work within a bound, the database last).
 */
public final class BotApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BotApp.class);
    /** Chats handled at once: handling mostly waits on PandaPon, so the threads mostly sleep. */
    static final int LANE_THREADS = 64;
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);
    /** The item of PandaPon's own documentation, asked for when nothing else has called PandaPon lately. */
    private static final String PROBE_ITEM = "672991141190";

    private final BotConfig config;
    private final Clock clock;
    private final Schedules.Intervals intervals;
    /** Stopped first to last: intake (web, channels, pumps) before work, work before the database. */
    private final List<AutoCloseable> stopOrder = new CopyOnWriteArrayList<>();
    private final List<Supplier<ChannelStatus>> channelStatus = new CopyOnWriteArrayList<>();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final WebServer web = new WebServer();
    private Database db;
    private PandaPonSandbox sandbox;
    private PandaPonMonitor pandapon;
    private PandaPonClient client;
    private CoreWiring core;
    private Schedules schedules;
    private volatile boolean started;
    private volatile boolean stopped;
    private int httpPort;

    private BotApp(BotConfig config, Clock clock, Schedules.Intervals intervals) {
        this.config = config;
        this.clock = clock;
        this.intervals = intervals;
    }

    /** Builds and starts the bot; on failure everything started so far is stopped again. */
    public static BotApp start(BotConfig config, Clock clock) {
        return start(config, clock, Schedules.Intervals.DEFAULT);
    }

    static BotApp start(BotConfig config, Clock clock, Schedules.Intervals intervals) {
        BotApp app = new BotApp(config, clock, intervals);
        try {
            app.startAll();
            return app;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    private void startAll() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);

        db = Database.open(config.dbUrl());
        stopOrder.add(db);
        db.migrate();
        Secret callbackToken = CallbackToken.resolve(config.pandapon().callbackToken(), db, clock);

        OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
        pandapon = new PandaPonMonitor(registry, clock);
        if (config.sandboxMode()) {
            sandbox = bind("PANDAPON_SANDBOX_PORT", config.pandapon().sandboxPort(),
                    () -> PandaPonSandbox.start(sandboxOptions()));
            stopOrder.add(0, sandbox);
        }
        client = new PandaPonClient(http, clientSettings(), clock, Json.mapper(), Sleeper.REAL, pandapon);
        PandaPonMarketplace marketplace = new PandaPonMarketplace(client, receiver(config.pandapon().receiver()));
        core = CoreWiring.build(config, db.transactions(), marketplace, http, registry, clock);
        stopOrder.add(0, core.lanes());
        schedules = new Schedules(core.relay(), core.reconciler(), core.conversation(), this::probePandaPon,
                intervals);
        stopOrder.add(0, schedules);
        registerGauges();

        InboxPump callbackPump = callbackPump();
        PandaPonCallbackRoute.register(web, new PandaPonCallbackReceiver(callbackToken,
                new PandaPonCallbackParser(Json.mapper()), core.tx(), clock, callbackPump::wake));
        OperationsRoutes.register(web, this::health, registry);
        if (sandbox != null) {
            SandboxAssetsRoute.register(web, sandbox.baseUrl());
        }
        ChannelsWiring channels = ChannelsWiring.wire(config, core, web, sandbox, clock);
        channelStatus.addAll(channels.statuses());

        httpPort = bind("BOT_HTTP_PORT", config.httpPort(), () -> web.start(config.httpHost(), config.httpPort()));
        stopOrder.add(0, web);
        if (sandbox != null) {
            sandbox.admin().setCallbackUrl("http://127.0.0.1:" + httpPort + "/pandapon/callback/"
                    + callbackToken.reveal());
        }
        reconcileAtStart();
        callbackPump.start();
        // stopped even when a channel's start fails half-way (the playground pump must not outlive the database)
        stopOrder.add(0, channels);
        channels.start();
        schedules.start();
        started = true;
        logStartup(channels, callbackToken);
    }

    /** Starts a server; a port someone else holds becomes an error that names the setting to change. */
    private static <T> T bind(String setting, int port, Supplier<T> start) {
        try {
            return start.get();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException || String.valueOf(t.getMessage()).contains("in use")) {
                    throw new IllegalStateException("port " + port + " is already in use: set " + setting
                            + " to a free port", e);
                }
            }
            throw e;
        }
    }

    private InboxPump callbackPump() {
        PandaPonCallbackHandler handler = new PandaPonCallbackHandler(new PandaPonCallbackParser(Json.mapper()),
                core.updates(), registry);
        InboxPump pump = new InboxPump(PandaPonCallbackReceiver.SOURCE, core.tx(), core.lanes(), event -> {
            PandaPonCallbackHandler.Outcome outcome = handler.handle(event.payload());
            if (outcome == PandaPonCallbackHandler.Outcome.APPLIED) {
                schedules.relayNow();
            } else if (outcome != PandaPonCallbackHandler.Outcome.IGNORED) {
                throw new InboxPump.Unmatched(outcome.name().toLowerCase());
            }
        }, clock, 5);
        stopOrder.add(0, pump);
        return pump;
    }

    private void reconcileAtStart() {
        try {
            OrderReconciler.Report r = core.reconciler().reconcilePlacing(Duration.ZERO);
            if (r.found() + r.notFound() + r.abandonedCheckouts() + r.stillUnknown() > 0) {
                log.info("start-up reconciliation: {} order(s) found upstream, {} not placed, {} still unknown,"
                        + " {} checkout(s) released", r.found(), r.notFound(), r.stillUnknown(),
                        r.abandonedCheckouts());
            }
            schedules.relayNow();
        } catch (RuntimeException e) {
            log.warn("start-up reconciliation failed, the timer will retry: {}", e.toString());
        }
    }

    private SandboxOptions sandboxOptions() {
        String pictures = config.publicUrl().map(Object::toString)
                .orElse(config.httpPort() == 0 ? null : "http://localhost:" + config.httpPort());
        return SandboxOptions.defaults()
                .withPort(config.pandapon().sandboxPort())
                .withBindHost("127.0.0.1")
                .withSigner(Signers.byName(config.pandapon().signer()))
                .withPublicBaseUrl(pictures);
    }

    private PandaPonClientSettings clientSettings() {
        if (sandbox != null) {
            return PandaPonClientSettings.of(sandbox.baseUrl(), SandboxOptions.DEFAULT_ACCESS_KEY,
                    SandboxOptions.DEFAULT_SECRET, SandboxOptions.DEFAULT_USER_ID,
                    Signers.byName(config.pandapon().signer()));
        }
        PandaPonConfig.Credentials c = config.pandapon().credentials().orElseThrow();
        return PandaPonClientSettings.of(config.pandapon().baseUrl().toString().replaceAll("/+$", ""),
                c.accessKey(), c.secretKey(), c.userId(), Signers.byName(config.pandapon().signer()));
    }

    private static ReceivingAddress receiver(PandaPonConfig.Receiver r) {
        return new ReceivingAddress(r.name(), r.phone(), r.province(), r.city(), r.district(), r.address(), r.zip());
    }

    /** Any answer from PandaPon (even "no such item") proves it reachable; only silence counts against it. */
    private void probePandaPon() {
        if (!pandapon.quietFor(Duration.ofMinutes(2))) {
            return;
        }
        try {
            client.taobaoProduct(PROBE_ITEM);
        } catch (RuntimeException e) {
            log.debug("PandaPon probe: {}", e.toString());
        }
    }

    private void registerGauges() {
        Gauge.builder("groupbuy.cart.lines", () -> core.tx().read(s -> s.carts().totalLines()))
                .register(registry);
        for (io.groupbuy.core.OrderStatus status : io.groupbuy.core.OrderStatus.values()) {
            Gauge.builder("groupbuy.orders", () -> core.tx().read(s -> s.orders().countByStatus(status)))
                    .tag("status", status.name().toLowerCase()).register(registry);
        }
        Gauge.builder("groupbuy.outbox.unsent", () -> core.tx().read(s -> s.outbox().countUnsent()))
                .register(registry);
    }

    public HealthReport health() {
        Database.Health database = db == null ? new Database.Health(false, "not open") : db.health();
        boolean dbOk = database.ok();
        List<ChannelStatus> channels = new ArrayList<>();
        for (Supplier<ChannelStatus> s : channelStatus) {
            channels.add(s.get());
        }
        return new HealthReport(started && !stopped, config.sandboxMode() ? "sandbox" : "live", dbOk,
                database.detail(), channels,
                pandapon == null ? null : pandapon.report(), clock.instant());
    }

    private void logStartup(ChannelsWiring channels, Secret callbackToken) {
        log.info("groupbuy-bot started in {}", config.sandboxMode()
                ? "SANDBOX mode (no PandaPon credentials: embedded PandaPon simulator at " + sandbox.baseUrl() + ")"
                : "LIVE mode (PandaPon at " + config.pandapon().baseUrl() + ")");
        log.info("channels: {}", channels.describe());
        log.info("database: {}", config.dbUrl());
        log.info("HTTP server on {}:{} (health: /healthz, metrics: /metrics)", config.httpHost(), httpPort);
        String base = config.publicUrl().map(Object::toString).orElse("https://<your-public-host>");
        log.info("PandaPon callback URL to register in the console: {} (full token: PANDAPON_CALLBACK_TOKEN, or the"
                + " callback-url command)", CallbackToken.masked(base, callbackToken));
        if (config.sandboxMode()) {
            log.info("playground: http://localhost:{}/playground", httpPort);
        }
        log.info("configuration from {}", config.source());
    }

    CoreWiring core() {
        return core;
    }

    public int httpPort() {
        return httpPort;
    }

    public Database database() {
        return db;
    }

    public PandaPonSandbox sandbox() {
        return sandbox;
    }

    public boolean isSandboxMode() {
        return config.sandboxMode();
    }

    /**
     * Graceful stop: /healthz turns unready, intake stops (web server, channels, inbox pumps), work on
     * the chat lanes finishes within {@link #SHUTDOWN_GRACE}, then the database closes.
     */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        for (AutoCloseable c : stopOrder) {
            try {
                if (core != null && c == core.lanes()) {
                    if (!core.lanes().shutdown(SHUTDOWN_GRACE)) {
                        log.warn("stopped with {} chat task(s) unfinished; their events stay in the inbox",
                                core.lanes().inFlight());
                    }
                }
                c.close();
            } catch (Exception e) {
                log.warn("while stopping {}: {}", c.getClass().getSimpleName(), e.toString());
            }
        }
        log.info("groupbuy-bot stopped");
    }
}
