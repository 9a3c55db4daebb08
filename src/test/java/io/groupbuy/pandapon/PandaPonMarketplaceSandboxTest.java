package io.groupbuy.pandapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.app.Json;
import io.groupbuy.core.Actor;
import io.groupbuy.core.CartState;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.Language;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.Member;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.Product;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.Sku;
import io.groupbuy.core.UpstreamUnavailable;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserId;
import io.groupbuy.core.cart.CartLimits;
import io.groupbuy.core.cart.CartService;
import io.groupbuy.core.chat.ChatDefaults;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.checkout.CheckoutService;
import io.groupbuy.core.checkout.CheckoutSummary;
import io.groupbuy.core.order.OrderPlacement;
import io.groupbuy.core.order.OrderReconciler;
import io.groupbuy.core.order.OrderUpdates;
import io.groupbuy.core.order.PlacementOutcome;
import io.groupbuy.core.port.PlatformAdmins;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.sandbox.PandaPonSandbox;
import io.groupbuy.sandbox.SandboxFault;
import io.groupbuy.sandbox.SandboxOptions;
import io.groupbuy.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole cart-to-order flow on real SQLite against the PandaPon sandbox over real HTTP. */
class PandaPonMarketplaceSandboxTest {
    private static final ChatId CHAT = ChatId.telegram(-4242);
    private static final ReceivingAddress WAREHOUSE = new ReceivingAddress("PandaPon Warehouse", "13800000000",
            "广东省", "广州市", "白云区", "仓库", "510000");

    @TempDir
    Path dir;
    private PandaPonSandbox sandbox;
    private Database db;
    private final OkHttpClient http = new OkHttpClient();
    private PandaPonMarketplace market;
    private Core core;

    /** The core over one database and one marketplace; a second instance is the restarted process. */
    private record Core(ChatService chats, CartService carts, CheckoutService checkout, OrderPlacement placement,
                        OrderUpdates updates, OrderReconciler reconciler) {
        static Core over(Transactions tx, PandaPonMarketplace market) {
            Clock clock = Clock.systemUTC();
            ExchangeRates rates = new ExchangeRates(Map.of("THB", 5_000_000L));
            ChatService chats = new ChatService(tx, PlatformAdmins.none(), Set.of(UserId.of(Channel.TELEGRAM, "1")),
                    new ChatDefaults("THB", Language.TH, Language.EN), rates, clock);
            OrderPlacement placement = new OrderPlacement(tx, market, clock);
            OrderUpdates updates = new OrderUpdates(tx, market, placement, clock);
            return new Core(chats, new CartService(tx, CartLimits.DEFAULT, clock),
                    new CheckoutService(tx, market, rates, clock), placement, updates,
                    new OrderReconciler(tx, market, placement, updates, clock));
        }

        Actor actor(String id, String name) {
            chats.chat(CHAT, "Friends");
            return chats.actor(CHAT, new Member(UserId.of(Channel.TELEGRAM, id), name));
        }
    }

    @BeforeEach
    void start() {
        sandbox = PandaPonSandbox.start(SandboxOptions.defaults());
        market = marketWithReadTimeout(Duration.ofSeconds(10));
        db = Database.open("jdbc:sqlite:" + dir.resolve("groupbuy.db"));
        db.migrate();
        core = Core.over(db.transactions(), market);
    }

    private PandaPonMarketplace marketWithReadTimeout(Duration read) {
        PandaPonClientSettings settings = PandaPonClientSettings.of(sandbox.baseUrl(),
                SandboxOptions.DEFAULT_ACCESS_KEY, SandboxOptions.DEFAULT_SECRET, SandboxOptions.DEFAULT_USER_ID,
                Signers.MD5_SORTED).withTimeouts(Duration.ofSeconds(2), read, read.plusSeconds(2));
        return new PandaPonMarketplace(new PandaPonClient(http, settings, Clock.systemUTC(), Json.mapper()), WAREHOUSE);
    }

    @AfterEach
    void stop() {
        db.close();
        sandbox.close();
    }

    private static Sku inStock(Product p) {
        return p.skus().stream().filter(s -> s.stock() >= 5).findFirst().orElseThrow();
    }

    @Test
    void productsMapFromBothMarketplaces() {
        Product dress = market.product(new ProductRef(Marketplace.TAOBAO, "712345678901"));
        assertThat(dress.title()).contains("连衣裙");
        assertThat(dress.mpId()).isNotBlank();
        assertThat(dress.skus()).allSatisfy(s -> assertThat(s.mpSkuId()).isNotBlank());
        assertThat(dress.dimensions()).hasSize(2);
        assertThat(dress.unitPriceFen()).isEqualTo(8990);

        Product folder = market.product(new ProductRef(Marketplace.ALIBABA_1688, "706627393257"));
        assertThat(folder.minQuantity()).isEqualTo(2);
        assertThat(folder.skus()).allSatisfy(s -> assertThat(s.specId()).hasSize(32));

        Product synthetic = market.product(new ProductRef(Marketplace.TAOBAO, "123456789012"));
        assertThat(synthetic.title()).startsWith("[SANDBOX]");
        assertThat(market.search(Marketplace.TAOBAO, "dress", 5)).isNotEmpty();
        assertThat(market.search(Marketplace.ALIBABA_1688, "", 5)).isNotEmpty();
        assertThat(market.searchByImage(new byte[] {1, 2, 3, 4}, 6)).hasSizeBetween(1, 6);
    }

    @Test
    void aMixedCartBecomesOneUpstreamOrderPerMarketplaceExactlyOnce() {
        Actor admin = core.actor("1", "Admin");
        Actor alice = core.actor("2", "Alice");
        Product dress = market.product(new ProductRef(Marketplace.TAOBAO, "712345678901"));
        Product tee = market.product(new ProductRef(Marketplace.TAOBAO, "600126245031"));
        Product folder = market.product(new ProductRef(Marketplace.ALIBABA_1688, "706627393257"));
        core.carts().add(alice, dress, inStock(dress), 1, "e1");
        core.carts().add(admin, tee, inStock(tee), 2, "e2");
        core.carts().add(alice, folder, inStock(folder), 3, "e3");

        CheckoutSummary summary = core.checkout().start(admin);
        assertThat(summary.checkout().parts()).hasSize(2);
        assertThat(summary.checkout().freightFen()).isPositive();
        assertThat(summary.shares().stream().mapToLong(MemberShare::totalFen).sum())
                .isEqualTo(summary.checkout().totalFen());

        List<PlacementOutcome> outcomes = core.placement().confirm(admin, summary.checkout().id());
        assertThat(outcomes).hasSize(2).allSatisfy(o -> {
            assertThat(o.result()).isEqualTo(PlacementOutcome.Result.PLACED);
            assertThat(o.order().upstreamOrderId()).isNotBlank();
        });
        core.placement().confirm(admin, summary.checkout().id()); // a second tap
        assertThat(sandbox.admin().stats().ordersCreated()).isEqualTo(2);
        assertThat(sandbox.admin().stats().ordersPerClientKey().values()).containsOnly(1L);
        assertThat(core.carts().view(CHAT).isEmpty()).isTrue();

        Order taobao = outcomes.stream().map(PlacementOutcome::order)
                .filter(o -> o.marketplace() == Marketplace.TAOBAO).findFirst().orElseThrow();
        sandbox.admin().ship(taobao.upstreamOrderId(), "SF Express", "SF1234567890");
        assertThat(core.reconciler().pollOpen()).isGreaterThanOrEqualTo(1);
        assertThat(market.order(Marketplace.TAOBAO, taobao.upstreamOrderId()).status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void aPriceChangeBetweenAddAndCheckoutIsFlagged() {
        Actor admin = core.actor("1", "Admin");
        Product tee = market.product(new ProductRef(Marketplace.TAOBAO, "698765432109"));
        Sku sku = inStock(tee);
        core.carts().add(admin, tee, sku, 1, "e1");
        sandbox.admin().changeProductPrice("698765432109", sku.skuId(), 5900, null);
        CheckoutSummary summary = core.checkout().start(admin);
        assertThat(summary.priceChanges()).singleElement().satisfies(l -> {
            assertThat(l.addedUnitFen()).isEqualTo(sku.unitPriceFen());
            assertThat(l.unitFen()).isEqualTo(5900);
        });
    }

    @Test
    void aLostCreateAnswerIsFoundByClientKeyAfterARestartAndNeverCreatedTwice() throws Exception {
        PandaPonMarketplace impatient = marketWithReadTimeout(Duration.ofMillis(700));
        Core before = Core.over(db.transactions(), impatient);
        Actor admin = before.actor("1", "Admin");
        Product tee = impatient.product(new ProductRef(Marketplace.TAOBAO, "698765432109"));
        before.carts().add(admin, tee, inStock(tee), 1, "e1");
        long checkoutId = before.checkout().start(admin).checkout().id();
        sandbox.admin().addFault(SandboxFault.latency("/open/order", 1500, 1));

        PlacementOutcome outcome = before.placement().confirm(admin, checkoutId).get(0);
        assertThat(outcome.result()).isEqualTo(PlacementOutcome.Result.UNKNOWN);
        assertThat(core.carts().view(CHAT).state()).isEqualTo(CartState.FROZEN);
        waitFor(() -> sandbox.admin().stats().ordersCreated() == 1);

        Core after = Core.over(db.transactions(), market); // restarted process, same database
        OrderReconciler.Report report = after.reconciler().reconcilePlacing(Duration.ZERO);
        assertThat(report.found()).isEqualTo(1);
        assertThat(sandbox.admin().stats().ordersCreated()).isEqualTo(1);
        assertThat(sandbox.admin().stats().createCalls()).isEqualTo(1);
        assertThat(after.carts().view(CHAT).state()).isEqualTo(CartState.OPEN);
        assertThat(after.carts().view(CHAT).isEmpty()).isTrue();
    }

    @Test
    void anUnreachableSandboxIsUnavailableAndAnUnknownItemIsNotFound() {
        assertThatThrownBy(() -> market.product(new ProductRef(Marketplace.TAOBAO, "abc")))
                .isInstanceOf(UserError.class);
        sandbox.admin().addFault(SandboxFault.down());
        assertThatThrownBy(() -> market.product(new ProductRef(Marketplace.TAOBAO, "712345678901")))
                .isInstanceOf(UpstreamUnavailable.class);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(25);
        }
    }
}
