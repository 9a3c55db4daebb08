package io.groupbuy.core;

import io.groupbuy.core.cart.CartLimits;
import io.groupbuy.core.cart.CartService;
import io.groupbuy.core.chat.ChatDefaults;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.checkout.CheckoutService;
import io.groupbuy.core.order.NewsRelay;
import io.groupbuy.core.order.OrderBook;
import io.groupbuy.core.order.OrderPlacement;
import io.groupbuy.core.order.OrderReconciler;
import io.groupbuy.core.order.OrderUpdates;
import io.groupbuy.core.port.Notifier;
import io.groupbuy.core.port.OrderNews;
import io.groupbuy.core.port.PlatformAdmins;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.testing.FakeMarketplace;
import io.groupbuy.testing.InMemoryStores;
import io.groupbuy.testing.line.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The core wired over in-memory stores and the fake marketplace, with a clock the test moves. */
public final class CoreFixture {
    public static final ChatId CHAT = ChatId.telegram(-100123);
    public static final UserId ADMIN = UserId.of(Channel.TELEGRAM, "1");
    public static final UserId ALICE = UserId.of(Channel.TELEGRAM, "2");
    public static final UserId BOB = UserId.of(Channel.TELEGRAM, "3");

    final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
    final Transactions tx;
    final FakeMarketplace market = new FakeMarketplace();
    final ExchangeRates rates = new ExchangeRates(Map.of("THB", 5_000_000L, "USD", 140_000L));
    final ChatService chats;
    final CartService carts;
    final CheckoutService checkout;
    final OrderPlacement placement;
    final OrderUpdates updates;
    final OrderReconciler reconciler;
    final OrderBook book;
    final List<OrderNews> delivered = new ArrayList<>();
    final NewsRelay relay;

    public CoreFixture() {
        this(new InMemoryStores());
    }

    public CoreFixture(Transactions tx) {
        this.tx = tx;
        chats = new ChatService(tx, PlatformAdmins.none(), Set.of(ADMIN),
                new ChatDefaults("THB", Language.TH, Language.EN), rates, clock);
        carts = new CartService(tx, CartLimits.DEFAULT, clock);
        checkout = new CheckoutService(tx, market, rates, clock);
        placement = new OrderPlacement(tx, market, clock);
        updates = new OrderUpdates(tx, market, placement, clock);
        reconciler = new OrderReconciler(tx, market, placement, updates, clock);
        book = new OrderBook(tx);
        Notifier notifier = (chat, key, news) -> {
            synchronized (delivered) {
                delivered.add(news);
            }
        };
        relay = new NewsRelay(tx, notifier, clock);
        chats.chat(CHAT, "Friends");
    }

    public Actor actor(UserId user, String name) {
        return chats.actor(CHAT, new Member(user, name));
    }

    public Actor admin() {
        return actor(ADMIN, "Admin");
    }

    public Actor alice() {
        return actor(ALICE, "Alice");
    }

    public Actor bob() {
        return actor(BOB, "Bob");
    }

    public MutableClock clock() {
        return clock;
    }

    public Transactions tx() {
        return tx;
    }

    public FakeMarketplace market() {
        return market;
    }

    public ExchangeRates rates() {
        return rates;
    }

    public ChatService chats() {
        return chats;
    }

    public CartService carts() {
        return carts;
    }

    public CheckoutService checkout() {
        return checkout;
    }

    public OrderPlacement placement() {
        return placement;
    }

    public OrderUpdates updates() {
        return updates;
    }

    public OrderReconciler reconciler() {
        return reconciler;
    }

    public OrderBook book() {
        return book;
    }

    public NewsRelay relay() {
        return relay;
    }

    public ChatId chat() {
        return CHAT;
    }

    public List<OrderNews> delivered() {
        synchronized (delivered) {
            return List.copyOf(delivered);
        }
    }
}
