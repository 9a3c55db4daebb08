package io.groupbuy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.CartLine;
import io.groupbuy.core.Channel;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.Product;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.Sku;
import io.groupbuy.core.SkuProperty;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Link → card → colour → size → quantity → added, and the ways it can go differently. */
class AddToCartScenarioTest {
    private final BotFixture bot = new BotFixture();
    private final ChatSimulator group = bot.group(Channel.TELEGRAM, "-1001");
    private final ChatSimulator.Person anna = group.member("Anna", "en");

    private List<CartLine> lines() {
        return bot.carts.view(group.chat).lines();
    }

    @Test
    void pastedLinkShowsACardWithPicturePriceStockAndColours() {
        Reply reply = anna.say("look at this 【淘宝】 " + BotFixture.TSHIRT_LINK + " so cheap");

        assertThat(reply.messages()).singleElement().isInstanceOf(OutMessage.ProductCard.class);
        OutMessage.ProductCard card = (OutMessage.ProductCard) reply.messages().get(0);
        assertThat(card.pictureUrl()).isEqualTo("https://img.example/" + BotFixture.TSHIRT_ID + ".jpg");
        assertThat(card.price()).isEqualTo("¥29.90 · ฿149.50");
        assertThat(card.listPrice()).isEqualTo("¥39.90 · ฿199.50");
        assertThat(group.lastText()).contains("T-shirt " + BotFixture.TSHIRT_ID, "In stock: 20", "Choose Colour:",
                "[Red] [Blue]");
    }

    @Test
    void choosingColourThenSizeThenQuantityAddsTheLineAndSaysWhoAddedWhat() {
        anna.say(BotFixture.TSHIRT_LINK);
        Reply colour = anna.press("Red");
        assertThat(group.lastText()).contains("Chosen: Red", "Choose Size:", "[M] [L]");
        Reply size = anna.press("M");
        assertThat(group.lastText()).contains("Chosen: Red / M", "[1] [2] [3] [4] [5]", "/qty N");
        OutMessage.ProductCard first = (OutMessage.ProductCard) colour.messages().get(0);
        OutMessage.ProductCard second = (OutMessage.ProductCard) size.messages().get(0);
        assertThat(second.replaceKey()).isNotNull().isEqualTo(first.replaceKey());
        assertThat(second.pictureUrl()).endsWith("/1.jpg");

        anna.press("2");

        assertThat(group.lastText()).contains("Anna added 2 × T-shirt " + BotFixture.TSHIRT_ID + " (Red / M)",
                "¥59.80 · ฿299.00", "Total: 2 items", "[🛒 View cart] [−1] [+1] [🗑 Remove]");
        assertThat(lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.unitPriceFen()).isEqualTo(2990);
            assertThat(l.memberName()).isEqualTo("Anna");
        });
    }

    @Test
    void addingTheSameSkuAgainRaisesTheQuantityOfTheLine() {
        anna.addTshirt("Red", "M", 2);
        anna.addTshirt("Red", "M", 1);

        assertThat(group.lastText()).contains("Anna now has 3 × T-shirt");
        assertThat(lines()).singleElement().extracting(CartLine::quantity).isEqualTo(3);
    }

    @Test
    void qtyCommandAddsMoreThanTheButtonsOfferForTheSkuJustPicked() {
        anna.say(BotFixture.SOCKS_LINK);
        assertThat(group.lastText()).contains("Minimum order: 2");
        anna.press("S");
        assertThat(group.lastText()).contains("[2] [3] [4] [5] [6]");

        anna.say("/qty 12");

        assertThat(lines()).singleElement().extracting(CartLine::quantity).isEqualTo(12);
        assertThat(group.lastText()).contains("Anna added 12 × Socks");
    }

    @Test
    void qtyWithoutAPickOrANumberExplainsItself() {
        assertThat(group.lastTextAfter(anna.say("/qty 3"))).contains("Pick the options on a product card first");
        anna.say(BotFixture.SOCKS_LINK);
        anna.press("M");
        assertThat(group.lastTextAfter(anna.say("/qty lots"))).contains("Use /qty N");
        assertThat(group.lastTextAfter(anna.say("/qty 1"))).contains("minimum order of 2");
        assertThat(group.lastTextAfter(anna.say("/qty 500"))).contains("At most 99 per line");
        assertThat(lines()).isEmpty();
    }

    @Test
    void handlingTheSameEventTwiceAddsOnce() {
        anna.say(BotFixture.TSHIRT_LINK);
        anna.press("Blue");
        anna.press("L");
        String payload = group.payload("3").orElseThrow();

        anna.pressAs("telegram:777", payload);
        Reply again = anna.pressAs("telegram:777", payload);

        assertThat(lines()).singleElement().extracting(CartLine::quantity).isEqualTo(3);
        assertThat(ChatSimulator.text(again)).contains("3 × T-shirt");
    }

    @Test
    void soldOutSizesAreMarkedAndRefusedKindly() {
        bot.market.changeSku(new ProductRef(Marketplace.TAOBAO, BotFixture.TSHIRT_ID), BotFixture.tshirtSku(1), 3990, 0);
        anna.say(BotFixture.TSHIRT_LINK);
        anna.press("Red");
        assertThat(group.lastText()).contains("[M (sold out)] [L]");

        anna.press("M (sold out)");

        assertThat(group.lastText()).isEqualTo("M is sold out. Please pick another one.\n");
        assertThat(lines()).isEmpty();
    }

    @Test
    void aSoldOutProductSaysSoAndQtyGetsAClearSentence() {
        bot.market.add(new Product(new ProductRef(Marketplace.TAOBAO, "444444444"), "Lamp", List.of(), 5000, 0, 0, 1,
                null, null, "", List.of(new Sku("l1", "mpl1", null, List.of(), 5000, 0, 0, null))));
        anna.say("https://item.taobao.com/item.htm?id=444444444");
        assertThat(group.lastText()).contains("Out of stock", "Sold out.").doesNotContain("[1]");

        anna.say("/qty 1");

        assertThat(group.lastText()).isEqualTo("Sorry, that option is sold out.\n");
        assertThat(lines()).isEmpty();
    }

    @Test
    void manyColoursArePagedEightAtATime() {
        List<Sku> skus = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            skus.add(new Sku("c" + i, "mpc" + i, null, List.of(new SkuProperty("Colour", "Colour " + i)), 1000, 0,
                    i == 3 ? 0 : 9, null));
        }
        bot.market.add(new Product(new ProductRef(Marketplace.TAOBAO, "555555555"), "Mug", List.of(), 1000, 0, 90, 1,
                null, null, "", skus));
        anna.say("https://item.taobao.com/item.htm?id=555555555");
        assertThat(group.lastText()).contains("[Colour 1] [Colour 2]", "[Colour 3 (sold out)]", "[Colour 8]",
                "[More › (1/2)]").doesNotContain("Colour 9");

        anna.press("More ›");
        assertThat(group.lastText()).contains("[Colour 9] [Colour 10]", "[Colour 11]", "[More › (2/2)]")
                .doesNotContain("Colour 8]");

        anna.press("Colour 10");
        assertThat(group.lastText()).contains("Chosen: Colour 10", "[1] [2] [3] [4] [5]");
    }

    @Test
    void startOverGoesBackToTheFirstChoice() {
        anna.say(BotFixture.TSHIRT_LINK);
        anna.press("Blue");
        anna.press("↺ Start over");
        assertThat(group.lastText()).contains("Choose Colour:").doesNotContain("Chosen:");
    }

    @Test
    void aSearchResultOpensTheFullCard() {
        anna.say("/search t-shirt");
        assertThat(group.lastText()).contains("results for \"t-shirt\" on Taobao", "[Choose options]");
        anna.press("Choose options");
        assertThat(group.lastText()).contains("Choose Colour:");
    }
}
