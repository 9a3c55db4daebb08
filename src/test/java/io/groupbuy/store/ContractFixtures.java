package io.groupbuy.store;

import io.groupbuy.core.Channel;
import io.groupbuy.core.Chat;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Checkout;
import io.groupbuy.core.CheckoutLine;
import io.groupbuy.core.CheckoutPart;
import io.groupbuy.core.CheckoutState;
import io.groupbuy.core.Language;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.NewCartLine;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderLine;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.SkuRef;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.Stores;
import io.groupbuy.core.port.Transactions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The root of the store contract suite: one {@link Transactions} per test from the subclass, and the
 * sample data every contract test uses (19-digit 1688 ids, negative Telegram chat ids).
 */
abstract class ContractFixtures {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final ChatId CHAT = ChatId.telegram(-1001234567890L);
    static final ChatId OTHER_CHAT = ChatId.of(Channel.LINE, "C4af4980629b0a6b2e0a1b2c3d4e5f601");
    static final UserId ALICE = UserId.of(Channel.TELEGRAM, "111111111");
    static final UserId BOB = UserId.of(Channel.TELEGRAM, "222222222");
    static final UserId CAROL = UserId.of(Channel.LINE, "U4af4980629b0a6b2e0a1b2c3d4e5f601");
    static final String ITEM_1688 = "7066273932571234567";
    static final String ORDER_1688 = "3456789012345678901";

    protected Transactions tx;
    /** The stores with every call in its own read transaction: {@code reads.carts().lines(CHAT)}. */
    protected Stores reads;
    /** The stores with every call in its own write transaction. */
    protected Stores writes;

    /** A fresh, empty, migrated store for each test. */
    protected abstract Transactions newTransactions() throws Exception;

    protected void closeTransactions() {
    }

    @BeforeEach
    void openStore() throws Exception {
        tx = newTransactions();
        reads = oneCallPerTransaction(false);
        writes = oneCallPerTransaction(true);
    }

    @AfterEach
    void closeStore() {
        closeTransactions();
    }

    private Stores oneCallPerTransaction(boolean write) {
        return (Stores) Proxy.newProxyInstance(Stores.class.getClassLoader(), new Class<?>[] {Stores.class},
                (proxy, storeGetter, none) -> Proxy.newProxyInstance(Stores.class.getClassLoader(),
                        new Class<?>[] {storeGetter.getReturnType()}, (store, method, args) -> {
                            Function<Stores, Object> call = s -> invoke(method, invoke(storeGetter, s, null), args);
                            return write ? tx.write(call) : tx.read(call);
                        }));
    }

    private static Object invoke(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    <T> T write(Function<Stores, T> work) {
        return tx.write(work);
    }

    void writing(Consumer<Stores> work) {
        tx.write(s -> {
            work.accept(s);
            return null;
        });
    }

    <T> T read(Function<Stores, T> work) {
        return tx.read(work);
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    static Chat chat(ChatId id) {
        return new Chat(id, "Friends buying", Language.TH, false, "THB", true, T0);
    }

    static SkuRef sku1688(String specId) {
        return new SkuRef(new ProductRef(Marketplace.ALIBABA_1688, ITEM_1688), "map-" + specId, null, "9001" + specId,
                null, specId);
    }

    static SkuRef skuTaobao(String skuId) {
        return new SkuRef(new ProductRef(Marketplace.TAOBAO, "672991141190"), "tb-map", "mp-77", skuId, "mpsku-" + skuId,
                null);
    }

    static NewCartLine newLine(ChatId chat, UserId member, SkuRef sku, int quantity) {
        return new NewCartLine(chat, member, "Name " + member.id(), sku, "Dress 连衣裙", "Red / XL",
                "https://img.example/p.jpg", 12_345, quantity, 1, at(1));
    }

    static Checkout checkout(ChatId chat, CheckoutState state) {
        List<CheckoutLine> lines = List.of(
                new CheckoutLine(7, ALICE, "Alice", sku1688("a"), "Dress", "Red / XL", 1000, 1100, 2, 5, false),
                new CheckoutLine(8, BOB, "Bob", skuTaobao("s1"), "Shoes", "", 5000, 5000, 1, 0, true));
        List<CheckoutPart> parts = List.of(new CheckoutPart(Marketplace.ALIBABA_1688, 2200, 800),
                new CheckoutPart(Marketplace.TAOBAO, 0, 0));
        return new Checkout(0, chat, ALICE, state, "THB", 5_000_000, at(2), at(2), lines, parts);
    }

    static Order order(ChatId chat, long checkoutId, String clientKey) {
        List<OrderLine> lines = List.of(
                new OrderLine(0, ALICE, "Alice", sku1688("a"), "Dress", "Red / XL", 1100, 2),
                new OrderLine(0, BOB, "Bob", sku1688("b"), "Dress", "Blue / M", 900, 1));
        List<MemberShare> shares = List.of(new MemberShare(ALICE, "Alice", 2200, 571),
                new MemberShare(BOB, "Bob", 900, 229));
        return new Order(0, 0, chat, checkoutId, Marketplace.ALIBABA_1688, clientKey, null, OrderStatus.PLACING, null,
                3100, 800, "THB", 5_000_000, null, null, null, at(3), at(3), lines, shares);
    }

    long insertCheckout(ChatId chat, CheckoutState state) {
        return writes.checkouts().insert(checkout(chat, state)).id();
    }

    Order insertOrder(ChatId chat, String clientKey) {
        return write(s -> {
            long checkoutId = s.checkouts().insert(checkout(chat, CheckoutState.DONE)).id();
            return s.orders().insert(order(chat, checkoutId, clientKey));
        });
    }
}
