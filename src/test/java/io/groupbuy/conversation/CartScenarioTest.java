package io.groupbuy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Channel;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.ProductRef;
import io.groupbuy.testing.FakeMarketplace;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** /cart by member with totals in the chat's currency, /currency, and /export. */
class CartScenarioTest {
    private final BotFixture bot = new BotFixture();
    private final ChatSimulator group = bot.group(Channel.TELEGRAM, "-1003");
    private final ChatSimulator.Person anna = group.member("Anna", "en");
    private final ChatSimulator.Person ben = group.member("Ben", "en");

    @Test
    void emptyCartIsAFriendlySentence() {
        anna.say("/cart");
        assertThat(group.lastText()).isEqualTo("The cart is empty. Paste a Taobao, Tmall or 1688 link to start.\n");
    }

    @Test
    void cartShowsEachMembersLinesSubtotalsAndTheTotalInBaht() {
        anna.addTshirt("Red", "M", 2);
        ben.say(BotFixture.SOCKS_LINK);
        ben.press("S");
        ben.press("3");

        Reply cart = anna.say("/cart");

        OutMessage.Listing listing = (OutMessage.Listing) cart.messages().get(0);
        assertThat(listing.sections()).extracting(OutMessage.Section::heading).containsExactly("Anna", "Ben");
        assertThat(group.lastText()).contains(
                "Anna\n  2 × T-shirt " + BotFixture.TSHIRT_ID + " (Red / M) … ¥59.80\n  Subtotal: ¥59.80 · ฿299.00",
                "Ben\n  3 × Socks " + BotFixture.SOCKS_ID + " (S) … ¥36.00\n  Subtotal: ¥36.00 · ฿180.00",
                "Total: 5 items · ¥95.80 · ฿479.00",
                "[My lines] [Checkout]");
    }

    @Test
    void currencyChangesHowEveryoneSeesPrices() {
        anna.addTshirt("Red", "M", 2);

        anna.say("/currency usd");
        assertThat(group.lastText()).contains("Prices now show in USD next to CNY (¥1 = $0.14)");
        ben.say("/cart");
        assertThat(group.lastText()).contains("Total: 2 items · ¥59.80 · $8.37");

        anna.say("/currency CNY");
        ben.say("/cart");
        assertThat(group.lastText()).contains("Total: 2 items · ¥59.80\n");

        anna.say("/currency XYZ");
        assertThat(group.lastText()).contains("I don't know the currency \"XYZ\"");
        anna.say("/currency");
        assertThat(group.lastText()).contains("Prices show in CNY only", "CNY, EUR, THB, USD");
    }

    @Test
    void longSectionsAreTruncated() {
        for (int i = 0; i < 14; i++) {
            String id = "90000000" + (10 + i);
            bot.market.add(FakeMarketplace.tshirt(id));
            anna.say("https://item.taobao.com/item.htm?id=" + id);
            anna.press("Red");
            anna.press("M");
            anna.press("1");
        }
        anna.say("/cart");
        assertThat(group.lastText()).contains("… and 3 more", "Total: 14 items");
    }

    @Test
    void exportIsACsvWithABomForExcelAndATextFallback() {
        bot.platformAdmins.add(anna.id());
        anna.addTshirt("Red", "M", 2);
        ben.say(BotFixture.SOCKS_LINK);
        ben.press("S");
        ben.press("3");

        Reply reply = anna.say("/export");

        OutMessage.Document doc = (OutMessage.Document) reply.messages().get(0);
        assertThat(doc.mimeType()).isEqualTo("text/csv");
        assertThat(doc.fileName()).isEqualTo("cart-2026-05-01.csv");
        assertThat(Arrays.copyOf(doc.bytes(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(doc.bytes(), 3, doc.bytes().length - 3, StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("member,item,options,quantity,unit CNY,subtotal CNY\r\n"
                + "Anna,T-shirt " + BotFixture.TSHIRT_ID + ",Red / M,2,29.90,59.80\r\n"
                + "Ben,Socks " + BotFixture.SOCKS_ID + ",S,3,12.00,36.00\r\n");
        assertThat(doc.fallback().plainText()).contains("Anna: 2 × T-shirt", "Ben: 3 × Socks", "Total: 5 items");
    }

    @Test
    void exportAddsEachMembersShareWhileACheckoutAwaitsConfirmation() {
        bot.platformAdmins.add(anna.id());
        anna.addTshirt("Red", "M", 2);
        ben.addTshirt("Blue", "L", 1);
        anna.say("/checkout");

        Reply reply = anna.say("/export");

        OutMessage.Document doc = (OutMessage.Document) reply.messages().get(0);
        String csv = new String(doc.bytes(), StandardCharsets.UTF_8);
        // freight 6.00 split 2:1 by goods (59.80 : 29.90)
        assertThat(csv).contains("\r\n\r\nmember,goods CNY,shipping CNY,share CNY,share THB\r\n"
                + "Anna,59.80,4.00,63.80,319.00\r\n"
                + "Ben,29.90,2.00,31.90,159.50\r\n");
    }

    @Test
    void exportIsForAdmins() {
        anna.addTshirt("Red", "M", 2);
        ben.say("/export");
        assertThat(group.lastText()).isEqualTo("Sorry, only an admin of this chat can do that.\n");
    }

    @Test
    void priceAndStockChangesAreInvisibleUntilCheckout() {
        anna.addTshirt("Red", "M", 2);
        bot.market.changeSku(new ProductRef(Marketplace.TAOBAO, BotFixture.TSHIRT_ID), BotFixture.tshirtSku(1), 4500, 9);
        anna.say("/cart");
        assertThat(group.lastText()).contains("¥59.80");
    }
}
