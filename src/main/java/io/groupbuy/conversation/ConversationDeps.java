package io.groupbuy.conversation;

import io.groupbuy.conversation.i18n.Messages;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.cart.CartService;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.checkout.CheckoutService;
import io.groupbuy.core.order.OrderBook;
import io.groupbuy.core.order.OrderPlacement;
import io.groupbuy.core.order.OrderUpdates;
import io.groupbuy.core.port.MarketplaceGateway;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.links.ProductLinks;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What the conversation engine is built from (wired by hand in the composition root).
 *
 * @param tx              the stores' transactions (buttons are saved and looked up through them)
 * @param messages        the message bundles; {@link Messages#bundled()} in production
 * @param botName         how the bot introduces itself ("GroupBuy")
 * @param searchLimit     how many hits a keyword or photo search shows (≤ 10 keeps a LINE carousel valid)
 * @param productCacheTtl how long a fetched product serves SKU taps without asking upstream again
 */
public record ConversationDeps(ChatService chats, CartService carts, CheckoutService checkouts,
                               OrderPlacement placement, OrderUpdates updates, OrderBook orders,
                               MarketplaceGateway marketplace, ProductLinks links, Transactions tx,
                               ExchangeRates rates, Messages messages, Clock clock, String botName,
                               int searchLimit, Duration productCacheTtl) {
    public static final int DEFAULT_SEARCH_LIMIT = 5;
    public static final Duration DEFAULT_PRODUCT_CACHE_TTL = Duration.ofMinutes(2);

    public ConversationDeps {
        Objects.requireNonNull(chats, "chats");
        Objects.requireNonNull(carts, "carts");
        Objects.requireNonNull(checkouts, "checkouts");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(clock, "clock");
        botName = botName == null || botName.isBlank() ? "GroupBuy" : botName;
        if (searchLimit < 1 || searchLimit > 10) {
            throw new IllegalArgumentException("searchLimit must be 1-10");
        }
        productCacheTtl = productCacheTtl == null ? DEFAULT_PRODUCT_CACHE_TTL : productCacheTtl;
    }
}
