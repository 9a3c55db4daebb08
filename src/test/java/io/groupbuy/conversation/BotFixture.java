package io.groupbuy.conversation;

import io.groupbuy.conversation.i18n.Messages;
import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.Language;
import io.groupbuy.core.UserId;
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
import io.groupbuy.core.port.PlatformAdmins;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.links.ProductLinks;
import io.groupbuy.testing.FakeMarketplace;
import io.groupbuy.testing.InMemoryStores;
import io.groupbuy.testing.line.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real engine over the real core, in-memory stores, the fake marketplace and the real (offline)
 * link parser; news is delivered to the chat simulators through a recording {@link Outbound}.
 */
final class BotFixture {
    static final String TSHIRT_ID = "672991141190";
    static final String SOCKS_ID = "706627393257";
    static final String TSHIRT_LINK = "https://item.taobao.com/item.htm?id=" + TSHIRT_ID;
    static final String SOCKS_LINK = "https://detail.1688.com/offer/" + SOCKS_ID + ".html";

    final MutableClock clock = MutableClock.at(Instant.parse("2026-05-01T08:00:00Z"));
    final Transactions tx = new InMemoryStores();
    final FakeMarketplace market = new FakeMarketplace();
    final SwitchableMarketplace gateway = new SwitchableMarketplace(market);
    final ExchangeRates rates = new ExchangeRates(Map.of("THB", 5_000_000L, "USD", 140_000L, "EUR", 130_000L));
    /** Users the "platform" (Telegram) says administer their chats. */
    final Set<UserId> platformAdmins = ConcurrentHashMap.newKeySet();
    final ChatService chats;
    final CartService carts;
    final CheckoutService checkouts;
    final OrderPlacement placement;
    final OrderUpdates updates;
    final OrderBook orders;
    final OrderReconciler reconciler;
    final GroupBuyConversation engine;
    final NewsRelay relay;
    final Messages messages = Messages.bundled();
    private final Map<ChatId, ChatSimulator> simulators = new ConcurrentHashMap<>();
    final List<String> deliveredKeys = new ArrayList<>();

    BotFixture() {
        market.add(FakeMarketplace.tshirt(TSHIRT_ID)).add(FakeMarketplace.offer(SOCKS_ID));
        PlatformAdmins admins = (chat, user) -> chat.channel() == Channel.TELEGRAM
                ? Optional.of(platformAdmins.contains(user)) : Optional.empty();
        chats = new ChatService(tx, admins, Set.of(), new ChatDefaults("THB", Language.TH, Language.EN), rates,
                clock);
        carts = new CartService(tx, CartLimits.DEFAULT, clock);
        checkouts = new CheckoutService(tx, gateway, rates, clock);
        placement = new OrderPlacement(tx, gateway, clock);
        updates = new OrderUpdates(tx, gateway, placement, clock);
        orders = new OrderBook(tx);
        reconciler = new OrderReconciler(tx, gateway, placement, updates, clock);
        engine = new GroupBuyConversation(new ConversationDeps(chats, carts, checkouts, placement, updates, orders,
                gateway, ProductLinks.offline(), tx, rates, messages, clock, "PandaBuddy", 3, null));
        Outbound outbound = this::deliver;
        relay = new NewsRelay(tx, new ConversationNotifier(chats, engine.newsRenderer(), outbound), clock);
    }

    ChatSimulator group(Channel channel, String id) {
        return simulators.computeIfAbsent(ChatId.of(channel, id), c -> new ChatSimulator(this, c, ChatKind.GROUP));
    }

    ChatSimulator privateChat(Channel channel, String id) {
        return simulators.computeIfAbsent(ChatId.of(channel, id), c -> new ChatSimulator(this, c, ChatKind.PRIVATE));
    }

    private synchronized void deliver(ChatId chat, Reply reply, String key) {
        deliveredKeys.add(key);
        simulators.get(chat).received(reply);
    }

    /** The ref of the T-shirt's SKU "Red / M" and friends: sku keys are "sku" + item id + 1..4. */
    static String tshirtSku(int n) {
        return "sku" + TSHIRT_ID + n;
    }

    /** Sends the news waiting in the outbox; returns how many were delivered. */
    int sendNews() {
        return relay.sendDue();
    }
}
