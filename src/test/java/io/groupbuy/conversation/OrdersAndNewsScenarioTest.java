package io.groupbuy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Channel;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.port.UpstreamOrder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** /orders, /order n, /pay, and the news the core sends: status, price changes, refunds. */
class OrdersAndNewsScenarioTest {
    private final BotFixture bot = new BotFixture();
    private final ChatSimulator group = bot.group(Channel.TELEGRAM, "-1008");
    private final ChatSimulator.Person anna = group.member("Anna", "en");
    private final ChatSimulator.Person ben = group.member("Ben", "en");
    private final ChatSimulator.Person admin = group.member("Carol", "en");

    OrdersAndNewsScenarioTest() {
        bot.platformAdmins.add(admin.id());
    }

    /** Anna 2 × 29.90, Ben 1 × 29.90, freight 6.00: order #1 of 95.70. */
    private Order placeOrder() {
        anna.addTshirt("Red", "M", 2);
        ben.addTshirt("Blue", "M", 1);
        admin.say("/checkout");
        admin.press("✅ Confirm & pay");
        return bot.orders.detail(group.chat, 1).order();
    }

    @Test
    void ordersListsStatusAndOrderShowsTheDetails() {
        anna.say("/orders");
        assertThat(group.lastText()).isEqualTo("No orders in this chat yet.\n");
        placeOrder();

        anna.say("/orders");
        assertThat(group.lastText()).contains("Order #1 · Taobao · payment being checked … ¥95.70 · ฿478.50", "[#1]");

        anna.press("#1");
        assertThat(group.lastText()).contains("== Order #1 · Taobao ==",
                "Anna\n  2 × T-shirt " + BotFixture.TSHIRT_ID + " (Red / M) … ¥59.80\n  Share: ¥59.80 + shipping ¥4.00",
                "Ben\n  1 × T-shirt", "Share: ¥29.90 + shipping ¥2.00 = ¥31.90 · ฿159.50",
                "Status: payment being checked", "Rate locked on the order: ¥1 = ฿5.00")
                .doesNotContain("[Pay order");

        anna.say("/order 9");
        assertThat(group.lastText()).isEqualTo("There is no order #9 in this chat.\n");
        anna.say("/order");
        assertThat(group.lastText()).contains("Use /order N");
    }

    @Test
    void theRateIsTheOneLockedOnTheOrder() {
        placeOrder();
        admin.say("/currency USD");
        anna.say("/order #1");
        assertThat(group.lastText()).contains("¥95.70 · ฿478.50");
    }

    @Test
    void shippingNewsNamesTheCarrierTheTrackingNumberAndWhoIsConcerned() {
        Order order = placeOrder();
        bot.updates.applyStatus(Marketplace.TAOBAO, new UpstreamOrder(order.upstreamOrderId(), order.clientKey(),
                OrderStatus.SHIPPED, "WAIT_BUYER_CONFIRM_GOODS", 8970, 600, "SF Express", "SF1234567",
                Instant.parse("2026-05-02T10:00:00Z")), "callback");

        assertThat(bot.sendNews()).isEqualTo(1);

        assertThat(group.lastText()).contains("Order #1: the seller has shipped (SF Express SF1234567).",
                "• Anna — 2 × T-shirt", "• Ben — 1 × T-shirt");
        anna.say("/orders");
        assertThat(group.lastText()).contains("Order #1 · Taobao · shipped", "Tracking: SF Express SF1234567");
        assertThat(bot.deliveredKeys).singleElement().asString().startsWith("status:");
    }

    @Test
    void unmappedStatusesAreShownPlainly() {
        Order order = placeOrder();
        bot.updates.applyStatus(Marketplace.TAOBAO, new UpstreamOrder(order.upstreamOrderId(), order.clientKey(),
                OrderStatus.OTHER, "TRADE_HOLD", 8970, 600, null, null, null), "poll");
        bot.sendNews();
        assertThat(group.lastText()).contains("Order #1: PandaPon reports TRADE_HOLD.");
    }

    @Test
    void aPriceRiseAsksAdminsAndAcceptingPaysTheDifference() {
        Order order = placeOrder();
        bot.updates.proposePriceChange(Marketplace.TAOBAO, order.upstreamOrderId(), "pc-1", 9270, 600L);
        bot.sendNews();

        Reply news = group.replies().get(group.replies().size() - 1);
        assertThat(((OutMessage.Listing) news.messages().get(0)).replaceKey()).startsWith("price:");
        assertThat(group.lastText()).contains("⚠ Order #1: the seller changed the price",
                "Anna: 2 × T-shirt", "Anna … ¥63.80 → ¥65.80 · ฿329.00", "Ben … ¥31.90 → ¥32.90 · ฿164.50",
                "Goods: ¥89.70 → ¥92.70", "Total: ¥95.70 · ฿478.50 → ¥98.70 · ฿493.50 (difference ¥3.00 · ฿15.00)",
                "[✅ Accept new price] [✖ Cancel order]");

        anna.press("✅ Accept new price");
        assertThat(group.lastText()).isEqualTo("Sorry Anna, only an admin of this chat can do that.\n");
        assertThat(bot.market.payments()).containsExactly(9570L);

        admin.press("✅ Accept new price");
        assertThat(group.lastText()).isEqualTo("Order #1: Carol accepted the new price (¥98.70 · ฿493.50).\n");
        assertThat(bot.market.payments()).containsExactly(9570L, 300L);

        bot.sendNews();
        assertThat(group.lastText()).contains("the new price was accepted and the difference of ¥3.00 · ฿15.00 paid");

        admin.press("✅ Accept new price");
        assertThat(group.lastText()).contains("The price change of order #1 was already decided", "== Order #1");
        assertThat(bot.market.payments()).hasSize(2);
    }

    @Test
    void refusingAPriceChangeCancelsTheOrder() {
        Order order = placeOrder();
        bot.updates.proposePriceChange(Marketplace.TAOBAO, order.upstreamOrderId(), "pc-2", 12000, 600L);
        bot.sendNews();
        anna.say("/order 1");
        assertThat(group.lastText()).contains("⚠ Price change waiting for an admin: ¥95.70 · ฿478.50 → ¥126.00",
                "[✅ Accept new price] [✖ Cancel order]");

        admin.press("✖ Cancel order");

        assertThat(group.lastText()).contains("Carol refused the new price, so the order is cancelled.");
        assertThat(bot.market.cancelled()).containsExactly(order.upstreamOrderId());
        bot.sendNews();
        assertThat(group.lastText()).contains("Order #1 was cancelled after the price change");
    }

    @Test
    void aRefundIsSplitAmongTheMembersToTheFen() {
        Order order = placeOrder();
        bot.updates.applyRefund(Marketplace.TAOBAO, order.upstreamOrderId(), "RF1", 1001, "SUCCESS", null);
        bot.sendNews();

        // shares 63.80 : 31.90 = 2 : 1 → 10.01 splits 6.67 / 3.34
        assertThat(group.lastText()).contains("💸 Order #1: refund of ¥10.01 · ฿50.05", "Anna … ¥6.67 · ฿33.35",
                "Ben … ¥3.34 · ฿16.70");
    }

    @Test
    void payCommandIsForAdminsAndPaysOnce() {
        bot.gateway.paymentsFail = true;
        placeOrder();
        bot.gateway.paymentsFail = false;
        anna.say("/order 1");
        assertThat(group.lastText()).contains("Status: waiting for payment", "[Pay order #1]");

        anna.say("/pay 1");
        assertThat(group.lastText()).isEqualTo("Sorry, only an admin of this chat can do that.\n");
        anna.press("Pay order #1");
        assertThat(group.lastText()).isEqualTo("Sorry Anna, only an admin of this chat can do that.\n");

        admin.press("Pay order #1");
        assertThat(group.lastText()).isEqualTo("Order #1 is paid.\n");
        admin.say("/pay 1");
        assertThat(group.lastText()).isEqualTo("Order #1 isn't waiting for payment.\n");
        assertThat(bot.market.payments()).containsExactly(9570L);
        admin.say("/pay");
        assertThat(group.lastText()).contains("Use /pay N");
    }

    @Test
    void newsForAChatTheBotLeftIsNotSent() {
        Order order = placeOrder();
        group.send(group.incoming(anna, new io.groupbuy.conversation.model.Content.BotRemoved(), false, "left-1"));
        bot.updates.applyStatus(Marketplace.TAOBAO, new UpstreamOrder(order.upstreamOrderId(), order.clientKey(),
                OrderStatus.PAID, "PAID", 8970, 600, null, null, null), "callback");
        int before = group.replies().size();
        bot.sendNews();
        assertThat(group.replies()).hasSize(before);
    }
}
