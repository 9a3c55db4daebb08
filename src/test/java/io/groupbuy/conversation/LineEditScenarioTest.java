package io.groupbuy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.CartLine;
import io.groupbuy.core.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /mine and the −1 / +1 / remove buttons: own lines, other members' lines, admins, stale buttons. */
class LineEditScenarioTest {
    private final BotFixture bot = new BotFixture();
    private final ChatSimulator group = bot.group(Channel.TELEGRAM, "-1002");
    private final ChatSimulator.Person anna = group.member("Anna", "en");
    private final ChatSimulator.Person ben = group.member("Ben", "en");
    private final ChatSimulator.Person admin = group.member("Carol", "en");

    private List<CartLine> lines() {
        return bot.carts.view(group.chat).lines();
    }

    @Test
    void mineListsOwnLinesWithButtonsThatChangeThem() {
        anna.addTshirt("Red", "M", 2);
        anna.addTshirt("Blue", "L", 1);
        ben.addTshirt("Red", "L", 1);

        anna.say("/mine");
        assertThat(group.lastText()).contains("== Anna's lines ==", "1. 2 × T-shirt", "(Red / M)", "2. 1 × T-shirt",
                "(Blue / L)", "[1: −1] [1: +1] [1: 🗑]", "[2: −1] [2: +1] [2: 🗑]").doesNotContain("Red / L");

        anna.press("1: +1");
        assertThat(group.lastText()).contains("1. 3 × T-shirt", "(Red / M)");
        anna.press("1: −1");
        anna.press("1: −1");
        assertThat(group.lastText()).contains("1. 1 × T-shirt");
        anna.press("2: 🗑");
        assertThat(group.lastText()).doesNotContain("Blue / L");

        assertThat(lines()).extracting(l -> l.memberName() + " " + l.skuDescription() + " " + l.quantity())
                .containsExactly("Anna Red / M 1", "Ben Red / L 1");
    }

    @Test
    void minusOneOnTheLastUnitRemovesTheLine() {
        anna.addTshirt("Red", "M", 1);
        anna.press("−1");
        assertThat(group.lastText()).contains("Removed from Anna's lines: 1 × T-shirt");
        assertThat(lines()).isEmpty();
    }

    @Test
    void theAddedMessageHasWorkingButtons() {
        anna.addTshirt("Red", "M", 2);
        anna.press("+1");
        assertThat(group.lastText()).startsWith("Anna: 3 × T-shirt");
        anna.press("🗑 Remove");
        assertThat(lines()).isEmpty();
        anna.press("🛒 View cart");
        assertThat(group.lastText()).contains("The cart is empty");
    }

    @Test
    void aMemberCannotChangeAnotherMembersLine() {
        anna.addTshirt("Red", "M", 2);

        ben.press("+1");
        assertThat(group.lastText()).contains("That line belongs to Anna. Only Anna or an admin can change it.");
        ben.press("🗑 Remove");
        assertThat(group.lastText()).contains("belongs to Anna");
        assertThat(lines()).singleElement().extracting(CartLine::quantity).isEqualTo(2);
    }

    @Test
    void anAdminCanChangeAnyonesLine() {
        bot.platformAdmins.add(admin.id());
        anna.addTshirt("Red", "M", 2);

        admin.press("−1");

        assertThat(group.lastText()).startsWith("Anna: 1 × T-shirt");
        assertThat(lines()).singleElement().extracting(CartLine::quantity).isEqualTo(1);
    }

    @Test
    void aButtonForALineThatChangedSinceIsOutOfDate() {
        anna.addTshirt("Red", "M", 2);
        String plus = group.payload("+1").orElseThrow();

        anna.pressPayload(plus);
        assertThat(lines()).singleElement().extracting(CartLine::quantity).isEqualTo(3);
        anna.pressPayload(plus);

        assertThat(group.lastText()).contains("This button is out of date: the line changed since",
                "Anna: 3 × T-shirt");
        assertThat(lines()).singleElement().extracting(CartLine::quantity).isEqualTo(3);
    }

    @Test
    void aButtonForARemovedLineSaysSo() {
        anna.addTshirt("Red", "M", 2);
        String plus = group.payload("+1").orElseThrow();
        anna.press("🗑 Remove");

        anna.pressPayload(plus);

        assertThat(group.lastText()).contains("that line is no longer in the cart");
        assertThat(lines()).isEmpty();
    }

    @Test
    void linesCannotChangeWhileAnAdminChecksOut() {
        bot.platformAdmins.add(admin.id());
        anna.addTshirt("Red", "M", 2);
        admin.say("/checkout");

        anna.press("+1");

        assertThat(group.lastText()).contains("The cart is locked while an admin checks out");
        anna.say("/cart");
        assertThat(group.lastText()).contains("🔒 An admin is checking out");
    }
}
