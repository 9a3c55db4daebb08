package io.groupbuy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.CartState;
import io.groupbuy.core.Channel;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.ProductRef;
import org.junit.jupiter.api.Test;

/** /checkout, Confirm and Cancel: roles, flags, exactly-once placement, failures, stale buttons. */
class CheckoutScenarioTest {
    private final BotFixture bot = new BotFixture();
    private final ChatSimulator group = bot.group(Channel.TELEGRAM, "-1007");
    private final ChatSimulator.Person anna = group.member("Anna", "en");
    private final ChatSimulator.Person ben = group.member("Ben", "en");
    private final ChatSimulator.Person admin = group.member("Carol", "en");
    private final ProductRef tshirt = new ProductRef(Marketplace.TAOBAO, BotFixture.TSHIRT_ID);

    CheckoutScenarioTest() {
        bot.platformAdmins.add(admin.id());
    }

    private void fillCart() {
        anna.addTshirt("Red", "M", 2);
        ben.addTshirt("Blue", "L", 3);
        ben.say(BotFixture.SOCKS_LINK);
        ben.press("S");
        ben.press("2");
    }

    @Test
    void membersCannotCheckOutNeitherByCommandNorByButton() {
        fillCart();
        anna.say("/checkout");
        assertThat(group.lastText()).isEqualTo("Sorry, only an admin of this chat can do that.\n");
        anna.say("/cart");
        anna.press("Checkout");
        assertThat(group.lastText()).isEqualTo("Sorry Anna, only an admin of this chat can do that.\n");
        assertThat(bot.carts.view(group.chat).state()).isEqualTo(CartState.OPEN);
    }

    @Test
    void emptyCartHasNothingToCheckOut() {
        admin.say("/checkout");
        assertThat(group.lastText()).isEqualTo("The cart is empty, so there is nothing to check out.\n");
    }

    @Test
    void summaryShowsEachMembersShareAndFlagsPriceChangesAndMissingStock() {
        fillCart();
        bot.market.changeSku(tshirt, BotFixture.tshirtSku(1), 3500, 10); // Anna's Red/M: 29.90 → 35.00
        bot.market.changeSku(tshirt, BotFixture.tshirtSku(4), 3990, 1); // Ben's Blue/L: only 1 left of 3

        admin.say("/checkout");

        assertThat(group.lastText()).contains(
                "Anna\n  2 × T-shirt " + BotFixture.TSHIRT_ID + " (Red / M) … ¥70.00\n    ! price changed: ¥29.90 → ¥35.00\n"
                        + "  Share: ¥70.00 + shipping ¥6.00 = ¥76.00 · ฿380.00",
                "3 × T-shirt " + BotFixture.TSHIRT_ID + " (Blue / L) … —\n    ! only 1 left: not ordered, stays in the cart",
                "2 × Socks " + BotFixture.SOCKS_ID + " (S) … ¥24.00",
                "Share: ¥24.00 + shipping ¥6.00 = ¥30.00 · ฿150.00",
                "Taobao: goods ¥70.00 + shipping ¥6.00",
                "1688: goods ¥24.00 + shipping ¥6.00",
                "Total to pay: ¥106.00 · ฿530.00",
                "⚠ 1 price(s) changed", "⚠ 1 line(s) can't be supplied",
                "[✅ Confirm & pay] [✖ Cancel]");
    }

    @Test
    void confirmPlacesEachMarketplacePartExactlyOnceEvenWhenTappedTwice() {
        fillCart();
        admin.say("/checkout");
        String confirm = group.payload("✅ Confirm & pay").orElseThrow();

        admin.pressPayload(confirm);
        assertThat(group.lastText()).contains("Confirmed by Carol:",
                "✅ Order #1 (Taobao) placed and paid: ¥155.50 · ฿777.50",
                "✅ Order #2 (1688) placed and paid: ¥30.00 · ฿150.00");
        admin.pressPayload(confirm);

        assertThat(group.lastText()).contains("Order #1 was already confirmed", "Order #2 was already confirmed")
                .doesNotContain("Confirmed by");
        assertThat(bot.market.placeCalls()).isEqualTo(2);
        assertThat(bot.market.ordersCreated()).isEqualTo(2);
        assertThat(bot.carts.view(group.chat).lines()).isEmpty();
        assertThat(bot.carts.view(group.chat).state()).isEqualTo(CartState.OPEN);
    }

    @Test
    void linesLeftOutForStockStayInTheCartAfterConfirmation() {
        anna.addTshirt("Red", "M", 2);
        ben.addTshirt("Blue", "L", 3);
        bot.market.changeSku(tshirt, BotFixture.tshirtSku(4), 3990, 1);
        admin.say("/checkout");
        admin.press("✅ Confirm & pay");

        ben.say("/cart");
        assertThat(group.lastText()).contains("Ben\n  3 × T-shirt").doesNotContain("Anna");
    }

    @Test
    void cancelReopensTheCartUnchanged() {
        fillCart();
        admin.say("/checkout");
        admin.press("✖ Cancel");

        assertThat(group.lastText()).contains("Checkout cancelled by Carol. Nothing was ordered; the cart is open again.");
        assertThat(bot.carts.view(group.chat).state()).isEqualTo(CartState.OPEN);
        assertThat(bot.carts.view(group.chat).lines()).hasSize(3);
        anna.say("/mine");
        anna.press("1: +1");
        assertThat(group.lastText()).contains("1. 3 × T-shirt");
        assertThat(bot.market.placeCalls()).isZero();
    }

    @Test
    void confirmAfterCancelIsOutOfDateAndShowsTheCart() {
        fillCart();
        admin.say("/checkout");
        String confirm = group.payload("✅ Confirm & pay").orElseThrow();
        admin.press("✖ Cancel");

        admin.pressPayload(confirm);

        assertThat(group.lastText()).contains("This button is out of date: that checkout was cancelled or has ended",
                "== 🛒 Group cart ==");
        assertThat(bot.market.placeCalls()).isZero();
    }

    @Test
    void cancelAfterConfirmIsOutOfDate() {
        fillCart();
        admin.say("/checkout");
        String cancel = group.payload("✖ Cancel").orElseThrow();
        admin.press("✅ Confirm & pay");

        admin.pressPayload(cancel);

        assertThat(group.lastText()).contains("This checkout was already confirmed.", "✅ Confirmed.");
    }

    @Test
    void membersCannotConfirmOrCancel() {
        fillCart();
        admin.say("/checkout");
        anna.press("✅ Confirm & pay");
        assertThat(group.lastText()).isEqualTo("Sorry Anna, only an admin of this chat can do that.\n");
        anna.press("✖ Cancel");
        assertThat(group.lastText()).isEqualTo("Sorry Anna, only an admin of this chat can do that.\n");
        assertThat(bot.market.placeCalls()).isZero();
    }

    @Test
    void checkoutTwiceShowsTheSameSummaryAgain() {
        fillCart();
        admin.say("/checkout");
        admin.say("/checkout");
        assertThat(group.lastText()).contains("[✅ Confirm & pay] [✖ Cancel]");
        admin.press("✅ Confirm & pay");
        assertThat(bot.market.placeCalls()).isEqualTo(2);
    }

    @Test
    void upstreamDownDuringCheckoutSaysSoAndReopensTheCart() {
        fillCart();
        bot.market.unavailableNext(1);

        admin.say("/checkout");

        assertThat(group.lastText()).isEqualTo("PandaPon isn't answering right now. Please try again in a minute.\n"
                + "Nothing was ordered, and the cart is open again.\n");
        assertThat(bot.carts.view(group.chat).state()).isEqualTo(CartState.OPEN);
        anna.say("/mine");
        anna.press("1: +1");
        assertThat(group.lastText()).contains("1. 3 × T-shirt");
    }

    @Test
    void upstreamRefusingThePreviewIsAClearSentenceWithoutItsRawMessage() {
        fillCart();
        bot.market.rejectNext(1);
        admin.say("/checkout");
        assertThat(group.lastText()).contains("PandaPon turned that request down", "the cart is open again")
                .doesNotContain("simulated", "400", "req-1");
    }

    @Test
    void nothingOrderableSaysSo() {
        anna.addTshirt("Red", "M", 2);
        bot.market.changeSku(tshirt, BotFixture.tshirtSku(1), 3990, 0);

        admin.say("/checkout");

        assertThat(group.lastText()).contains("sold out: not ordered, stays in the cart",
                "Nothing in the cart can be ordered right now").doesNotContain("Confirm & pay");
        assertThat(bot.carts.view(group.chat).state()).isEqualTo(CartState.OPEN);
    }

    @Test
    void unknownPlacementOutcomeIsCheckedAndReportedLater() {
        anna.addTshirt("Red", "M", 2);
        admin.say("/checkout");
        bot.market.loseNextPlaceAnswer();

        admin.press("✅ Confirm & pay");
        assertThat(group.lastText()).contains("⏳ Order #1 (Taobao): checking with PandaPon. I'll report back here.");

        bot.reconciler.reconcilePlacing(java.time.Duration.ZERO);
        assertThat(bot.sendNews()).isEqualTo(1);
        assertThat(group.lastText()).contains("Order #1 (Taobao) was placed after all. Status: waiting for payment.");
        assertThat(bot.market.placeCalls()).isEqualTo(1);

        // the pay step of the lost answer never ran: the news offers it
        admin.press("Pay order #1");
        assertThat(bot.orders.recent(group.chat, 1).get(0).status()).isEqualTo(OrderStatus.PAYMENT_REVIEW);
    }

    @Test
    void rejectedPlacementSaysNothingWasCharged() {
        anna.addTshirt("Red", "M", 2);
        admin.say("/checkout");
        bot.market.rejectNext(1);

        admin.press("✅ Confirm & pay");

        assertThat(group.lastText()).contains("❌ Order #1 (Taobao) was refused upstream. Nothing was charged");
        assertThat(bot.carts.view(group.chat).lines()).hasSize(1);
        assertThat(bot.carts.view(group.chat).state()).isEqualTo(CartState.OPEN);
    }

    @Test
    void unpaidOrdersOfferAPayLinkAndPayCommand() {
        anna.addTshirt("Red", "M", 2);
        admin.say("/checkout");
        bot.gateway.paymentsFail = true;
        bot.gateway.payUrl = "https://pay.example/1";

        var reply = admin.press("✅ Confirm & pay");

        assertThat(group.lastText()).contains("placed, ¥65.80 · ฿329.00, waiting for payment",
                "/pay 1", "[Pay order #1 ↗]");
        assertThat(ChatSimulator.buttons(reply.messages().get(1))).anySatisfy(b ->
                assertThat(b.url()).isEqualTo("https://pay.example/1"));
    }
}
