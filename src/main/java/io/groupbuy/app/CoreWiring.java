package io.groupbuy.app;

import io.groupbuy.app.config.BotConfig;
import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.ChatLanes;
import io.groupbuy.conversation.ConversationDeps;
import io.groupbuy.conversation.ConversationNotifier;
import io.groupbuy.conversation.GroupBuyConversation;
import io.groupbuy.conversation.i18n.Messages;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.Language;
import io.groupbuy.core.cart.CartService;
import io.groupbuy.core.chat.ChatDefaults;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.checkout.CheckoutService;
import io.groupbuy.core.order.NewsRelay;
import io.groupbuy.core.order.OrderBook;
import io.groupbuy.core.order.OrderPlacement;
import io.groupbuy.core.order.OrderReconciler;
import io.groupbuy.core.order.OrderUpdates;
import io.groupbuy.core.port.MarketplaceGateway;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.links.HttpShortLinkResolver;
import io.groupbuy.links.ProductLinks;
import io.groupbuy.links.ShortLinkResolverConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import okhttp3.OkHttpClient;

/** The core use cases and the conversation engine over one store and one marketplace. */
record CoreWiring(Transactions tx, ChatService chats, OrderUpdates updates, OrderReconciler reconciler,
                  NewsRelay relay, GroupBuyConversation conversation, ChatLanes lanes, BotMetrics metrics,
                  RoutingOutbound outbound, RoutingPlatformAdmins admins) {

    static CoreWiring build(BotConfig config, Transactions tx, MarketplaceGateway marketplace, OkHttpClient http,
                            MeterRegistry registry, Clock clock) {
        ExchangeRates rates = new ExchangeRates(config.allRatesMicros());
        RoutingPlatformAdmins admins = new RoutingPlatformAdmins();
        ChatService chats = new ChatService(tx, admins, config.admins(),
                new ChatDefaults(config.currency(), Language.TH, Language.EN), rates, clock);
        CartService carts = new CartService(tx, config.cartLimits(), clock);
        CheckoutService checkout = new CheckoutService(tx, marketplace, rates, clock);
        OrderPlacement placement = new OrderPlacement(tx, marketplace, clock);
        OrderUpdates updates = new OrderUpdates(tx, marketplace, placement, clock);
        OrderReconciler reconciler = new OrderReconciler(tx, marketplace, placement, updates, clock);
        ProductLinks links = new ProductLinks(new HttpShortLinkResolver(http, ShortLinkResolverConfig.defaults()));
        GroupBuyConversation conversation = new GroupBuyConversation(new ConversationDeps(chats, carts, checkout,
                placement, updates, new OrderBook(tx), marketplace, links, tx, rates, Messages.bundled(), clock,
                "GroupBuy", ConversationDeps.DEFAULT_SEARCH_LIMIT, ConversationDeps.DEFAULT_PRODUCT_CACHE_TTL));
        RoutingOutbound outbound = new RoutingOutbound();
        ChatLanes lanes = new ChatLanes("chat", BotApp.LANE_THREADS);
        // news of one chat in order, chats in parallel: a slow channel never holds up another chat's news
        NewsRelay relay = new NewsRelay(tx, new ConversationNotifier(chats, conversation.newsRenderer(), outbound),
                clock, lanes::submit);
        return new CoreWiring(tx, chats, updates, reconciler, relay, conversation, lanes, new BotMetrics(registry),
                outbound, admins);
    }
}
