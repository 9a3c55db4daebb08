package io.groupbuy.playground;

import io.groupbuy.app.Json;
import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.ChatLanes;
import io.groupbuy.conversation.ConversationDeps;
import io.groupbuy.conversation.ConversationNotifier;
import io.groupbuy.conversation.GroupBuyConversation;
import io.groupbuy.conversation.InboxPump;
import io.groupbuy.conversation.i18n.Messages;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.Language;
import io.groupbuy.core.Secret;
import io.groupbuy.core.cart.CartLimits;
import io.groupbuy.core.cart.CartService;
import io.groupbuy.core.chat.ChatDefaults;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.checkout.CheckoutService;
import io.groupbuy.core.order.NewsRelay;
import io.groupbuy.core.order.OrderBook;
import io.groupbuy.core.order.OrderPlacement;
import io.groupbuy.core.order.OrderUpdates;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.links.ProductLinks;
import io.groupbuy.pandapon.PandaPonCallbackHandler;
import io.groupbuy.pandapon.PandaPonCallbackParser;
import io.groupbuy.pandapon.PandaPonCallbackReceiver;
import io.groupbuy.pandapon.PandaPonClient;
import io.groupbuy.pandapon.PandaPonClientSettings;
import io.groupbuy.pandapon.PandaPonMarketplace;
import io.groupbuy.pandapon.ReceivingAddress;
import io.groupbuy.pandapon.Signers;
import io.groupbuy.sandbox.PandaPonSandbox;
import io.groupbuy.sandbox.SandboxOptions;
import io.groupbuy.store.Database;
import io.groupbuy.web.PandaPonCallbackRoute;
import io.groupbuy.web.PlaygroundRoutes;
import io.groupbuy.web.WebServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * The whole bot as sandbox mode will run it, on real sockets: the PandaPon sandbox, the PandaPon client
 * and marketplace, SQLite in a temp file, the conversation engine, the playground channel and its routes,
 * and the callback route whose pushes go through the inbox, the callback handler and the news relay.
 */
final class PlaygroundStack implements AutoCloseable {
    private static final ReceivingAddress WAREHOUSE = new ReceivingAddress("PandaPon Warehouse", "13800000000",
            "广东省", "广州市", "白云区", "仓库", "510000");
    private static final String CALLBACK_TOKEN = "pg_callback_token_0123456789";

    final PandaPonSandbox sandbox;
    final Database db;
    final Transactions tx;
    final PlaygroundChannel playground;
    final String baseUrl;
    private final OkHttpClient http = new OkHttpClient();
    private final ChatLanes lanes = new ChatLanes("pg-lane", 4);
    private final InboxPump callbackPump;
    private final NewsRelay relay;
    private final ScheduledExecutorService relayTimer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pg-relay");
        t.setDaemon(true);
        return t;
    });
    private final WebServer web = new WebServer();

    PlaygroundStack(Path dir) {
        this(dir, true);
    }

    /** {@code sandboxControls} false: the routes get no sandbox admin (as outside sandbox mode). */
    PlaygroundStack(Path dir, boolean sandboxControls) {
        Clock clock = Clock.systemUTC();
        sandbox = PandaPonSandbox.start(SandboxOptions.defaults());
        db = Database.open("jdbc:sqlite:" + dir.resolve("playground.db"));
        db.migrate();
        tx = db.transactions();
        PandaPonClientSettings settings = PandaPonClientSettings.of(sandbox.baseUrl(),
                SandboxOptions.DEFAULT_ACCESS_KEY, SandboxOptions.DEFAULT_SECRET, SandboxOptions.DEFAULT_USER_ID,
                Signers.MD5_SORTED).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(12));
        PandaPonMarketplace market = new PandaPonMarketplace(new PandaPonClient(http, settings, clock, Json.mapper()),
                WAREHOUSE);
        ExchangeRates rates = new ExchangeRates(Map.of("THB", 5_000_000L));
        PlaygroundRooms rooms = new PlaygroundRooms(clock);
        ChatService chats = new ChatService(tx, rooms.admins(), Set.of(),
                new ChatDefaults("THB", Language.TH, Language.EN), rates, clock);
        OrderPlacement placement = new OrderPlacement(tx, market, clock);
        OrderUpdates updates = new OrderUpdates(tx, market, placement, clock);
        GroupBuyConversation engine = new GroupBuyConversation(new ConversationDeps(chats,
                new CartService(tx, CartLimits.DEFAULT, clock), new CheckoutService(tx, market, rates, clock),
                placement, updates, new OrderBook(tx), market, ProductLinks.offline(), tx, rates, Messages.bundled(),
                clock, "GroupBuy", ConversationDeps.DEFAULT_SEARCH_LIMIT, null));
        playground = PlaygroundChannel.create(rooms, tx, engine, lanes, BotMetrics.noop(), clock);
        relay = new NewsRelay(tx, new ConversationNotifier(chats, engine.newsRenderer(), playground.outbound()),
                clock);

        PandaPonCallbackParser parser = new PandaPonCallbackParser(Json.mapper());
        PandaPonCallbackHandler callbacks = new PandaPonCallbackHandler(parser, updates, new SimpleMeterRegistry());
        callbackPump = new InboxPump(PandaPonCallbackReceiver.SOURCE, tx, lanes, event -> {
            PandaPonCallbackHandler.Outcome outcome = callbacks.handle(event.payload());
            if (outcome != PandaPonCallbackHandler.Outcome.APPLIED
                    && outcome != PandaPonCallbackHandler.Outcome.IGNORED) {
                throw new InboxPump.Unmatched(outcome.name());
            }
            relay.sendDue();
        }, clock, 5);
        PandaPonCallbackRoute.register(web, new PandaPonCallbackReceiver(Secret.of(CALLBACK_TOKEN), parser, tx, clock,
                callbackPump::wake));
        PlaygroundRoutes.register(web, playground, sandboxControls ? Optional.of(sandbox.admin()) : Optional.empty());
        int port = web.start("127.0.0.1", 0);
        baseUrl = "http://127.0.0.1:" + port;
        sandbox.admin().setCallbackUrl(baseUrl + "/pandapon/callback/" + CALLBACK_TOKEN);
        playground.start();
        callbackPump.start();
        relayTimer.scheduleWithFixedDelay(this::sendNews, 200, 200, TimeUnit.MILLISECONDS);
    }

    private void sendNews() {
        try {
            relay.sendDue();
        } catch (RuntimeException e) {
            // the next tick tries again; a test fails on what it does not see
        }
    }

    @Override
    public void close() {
        web.close();
        relayTimer.shutdownNow();
        playground.close();
        callbackPump.close();
        lanes.close();
        db.close();
        sandbox.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
