package io.groupbuy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.core.CartLine;
import io.groupbuy.core.CartState;
import io.groupbuy.core.Chat;
import io.groupbuy.core.Checkout;
import io.groupbuy.core.CheckoutLine;
import io.groupbuy.core.CheckoutPart;
import io.groupbuy.core.CheckoutState;
import io.groupbuy.core.Language;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.Member;
import io.groupbuy.core.NewCartLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chats, members, admins, carts and checkouts. */
abstract class ChatCartContract extends ContractFixtures {

    @Test
    void chatIsSavedFoundAndReplacedKeepingItsCreationTime() {
        assertThat(reads.chats().find(CHAT)).isEmpty();
        writing(s -> s.chats().save(chat(CHAT)));
        assertThat(reads.chats().find(CHAT)).contains(chat(CHAT));

        Chat changed = new Chat(CHAT, "Renamed", Language.ZH, true, "CNY", false, at(30));
        writing(s -> s.chats().save(changed));
        assertThat(reads.chats().find(CHAT)).contains(
                new Chat(CHAT, "Renamed", Language.ZH, true, "CNY", false, T0));
        assertThat(reads.chats().find(OTHER_CHAT)).isEmpty();
    }

    @Test
    void membersAreListedMostRecentlySeenFirstWithTheirLatestName() {
        writing(s -> {
            s.chats().saveMember(CHAT, new Member(ALICE, "Alice"), at(1));
            s.chats().saveMember(CHAT, new Member(BOB, "Bob"), at(2));
            s.chats().saveMember(OTHER_CHAT, new Member(CAROL, "Carol"), at(3));
        });
        writing(s -> s.chats().saveMember(CHAT, new Member(ALICE, "Alice W."), at(5)));

        assertThat(reads.chats().members(CHAT)).containsExactly(
                new Member(ALICE, "Alice W."), new Member(BOB, "Bob"));
        assertThat(reads.chats().member(CHAT, BOB)).contains(new Member(BOB, "Bob"));
        assertThat(reads.chats().member(CHAT, CAROL)).isEmpty();
        assertThat(reads.chats().members(OTHER_CHAT)).containsExactly(new Member(CAROL, "Carol"));
    }

    @Test
    void adminsAreNamedAndRemovedIdempotently() {
        assertThat(reads.chats().admins(CHAT)).isEmpty();
        writing(s -> {
            s.chats().setAdmin(CHAT, BOB, true, at(1));
            s.chats().setAdmin(CHAT, ALICE, true, at(1));
            s.chats().setAdmin(CHAT, ALICE, true, at(2));
            s.chats().setAdmin(OTHER_CHAT, CAROL, true, at(1));
        });
        assertThat(reads.chats().admins(CHAT)).containsExactlyInAnyOrder(ALICE, BOB);

        writing(s -> {
            s.chats().setAdmin(CHAT, BOB, false, at(3));
            s.chats().setAdmin(CHAT, CAROL, false, at(3));
        });
        assertThat(reads.chats().admins(CHAT)).containsExactly(ALICE);
        assertThat(reads.chats().admins(OTHER_CHAT)).containsExactly(CAROL);
    }

    @Test
    void cartIsOpenUntilFrozenAndOpenAgainWhenUnfrozen() {
        assertThat(reads.carts().state(CHAT)).isEqualTo(CartState.OPEN);
        assertThat(reads.carts().frozenBy(CHAT)).isEmpty();

        writing(s -> s.carts().freeze(CHAT, 42, at(1)));
        assertThat(reads.carts().state(CHAT)).isEqualTo(CartState.FROZEN);
        assertThat(reads.carts().frozenBy(CHAT)).contains(42L);
        assertThat(reads.carts().state(OTHER_CHAT)).isEqualTo(CartState.OPEN);

        writing(s -> s.carts().unfreeze(CHAT, at(2)));
        assertThat(reads.carts().state(CHAT)).isEqualTo(CartState.OPEN);
        assertThat(reads.carts().frozenBy(CHAT)).isEmpty();
    }

    @Test
    void insertedLineComesBackWithItsIdAndVersionOne() {
        NewCartLine n = newLine(CHAT, ALICE, sku1688("5008"), 3);
        CartLine line = writes.carts().insert(n);

        assertThat(line.id()).isPositive();
        assertThat(line.version()).isEqualTo(1);
        assertThat(line.updatedAt()).isEqualTo(n.addedAt());
        assertThat(line.sku().product().itemId()).isEqualTo(ITEM_1688);
        assertThat(reads.carts().line(line.id())).contains(line);
        assertThat(reads.carts().lines(CHAT)).containsExactly(line);
        assertThat(reads.carts().line(line.id() + 1000)).isEmpty();
    }

    @Test
    void lineKeepsNullOptionalFieldsAndDefaultsTheMemberName() {
        NewCartLine n = new NewCartLine(CHAT, BOB, null, skuTaobao("s9"), null, null, null, 500, 1, 2, at(1));
        CartLine line = writes.carts().insert(n);

        CartLine stored = reads.carts().line(line.id()).orElseThrow();
        assertThat(stored).isEqualTo(line);
        assertThat(stored.memberName()).isEqualTo(BOB.id());
        assertThat(stored.pictureUrl()).isNull();
        assertThat(stored.sku().specId()).isNull();
        assertThat(stored.sku().mpSkuId()).isEqualTo("mpsku-s9");
        assertThat(stored.minQuantity()).isEqualTo(2);
    }

    @Test
    void linesComeInTheOrderTheyWereAddedAndPerChat() {
        CartLine a = writes.carts().insert(newLine(CHAT, BOB, sku1688("1"), 1));
        CartLine b = writes.carts().insert(newLine(CHAT, ALICE, sku1688("1"), 1));
        CartLine c = writes.carts().insert(newLine(OTHER_CHAT, CAROL, sku1688("1"), 1));
        CartLine d = writes.carts().insert(newLine(CHAT, ALICE, skuTaobao("2"), 4));

        assertThat(reads.carts().lines(CHAT)).containsExactly(a, b, d);
        assertThat(reads.carts().lines(OTHER_CHAT)).containsExactly(c);
        assertThat(reads.carts().count(CHAT)).isEqualTo(3);
        assertThat(reads.carts().totalLines()).isEqualTo(4);
    }

    @Test
    void findSameMatchesOnlyTheSameMemberProductAndSku() {
        CartLine line = writes.carts().insert(newLine(CHAT, ALICE, sku1688("5008"), 1));
        var product = sku1688("5008").product();

        assertThat(reads.carts().findSame(CHAT, ALICE, product, "5008")).contains(line);
        assertThat(reads.carts().findSame(CHAT, BOB, product, "5008")).isEmpty();
        assertThat(reads.carts().findSame(CHAT, ALICE, product, "5009")).isEmpty();
        assertThat(reads.carts().findSame(OTHER_CHAT, ALICE, product, "5008")).isEmpty();
        assertThat(reads.carts().findSame(CHAT, ALICE,
                new io.groupbuy.core.ProductRef(Marketplace.TAOBAO, ITEM_1688), "5008")).isEmpty();
    }

    @Test
    void secondLineForTheSameMemberAndSkuBreaksTheUniqueConstraint() {
        writing(s -> s.carts().insert(newLine(CHAT, ALICE, sku1688("5008"), 1)));

        assertThatThrownBy(() -> writing(s -> s.carts().insert(newLine(CHAT, ALICE, sku1688("5008"), 2))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CONSTRAINT));
        assertThat(reads.carts().count(CHAT)).isEqualTo(1);
    }

    @Test
    void updateQuantitySetsItAndBumpsTheVersion() {
        CartLine line = writes.carts().insert(newLine(CHAT, ALICE, sku1688("1"), 1));
        writing(s -> s.carts().updateQuantity(line.id(), 5, at(10)));
        writing(s -> s.carts().updateQuantity(line.id(), 6, at(11)));

        assertThat(reads.carts().line(line.id())).contains(line.withQuantity(5, at(10)).withQuantity(6, at(11)));
        assertThat(reads.carts().line(line.id()).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void updateQuantityOfAMissingLineIsNotFound() {
        assertThatThrownBy(() -> writing(s -> s.carts().updateQuantity(999, 1, at(1))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
    }

    @Test
    void deleteAndDeleteAllRemoveOnlyTheNamedLines() {
        CartLine a = writes.carts().insert(newLine(CHAT, ALICE, sku1688("1"), 1));
        CartLine b = writes.carts().insert(newLine(CHAT, ALICE, sku1688("2"), 1));
        CartLine c = writes.carts().insert(newLine(CHAT, BOB, sku1688("1"), 1));
        CartLine d = writes.carts().insert(newLine(CHAT, BOB, sku1688("2"), 1));

        writing(s -> s.carts().delete(b.id()));
        writing(s -> s.carts().delete(b.id()));
        writing(s -> s.carts().deleteAll(List.of(a.id(), d.id(), 12345L)));
        writing(s -> s.carts().deleteAll(List.of()));

        assertThat(reads.carts().lines(CHAT)).containsExactly(c);
    }

    @Test
    void idsOfDeletedLinesAreNeverGivenToNewLines() {
        CartLine first = writes.carts().insert(newLine(CHAT, ALICE, sku1688("1"), 1));
        CartLine newest = writes.carts().insert(newLine(CHAT, ALICE, sku1688("2"), 1));
        writing(s -> s.carts().delete(newest.id()));

        CartLine again = writes.carts().insert(newLine(CHAT, ALICE, sku1688("2"), 1));

        assertThat(again.id()).isGreaterThan(newest.id()).isGreaterThan(first.id());
    }

    @Test
    void checkoutIsStoredWithItsLinesAndParts() {
        Checkout stored = writes.checkouts().insert(checkout(CHAT, CheckoutState.PREPARING));

        assertThat(stored.id()).isPositive();
        Checkout found = reads.checkouts().find(stored.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.lines()).isEqualTo(checkout(CHAT, CheckoutState.PREPARING).lines());
        assertThat(found.parts()).isEqualTo(checkout(CHAT, CheckoutState.PREPARING).parts());
        assertThat(reads.checkouts().find(stored.id() + 1)).isEmpty();
    }

    @Test
    void activeCheckoutIsTheOnePreparingAwaitingOrPlacing() {
        long done = insertCheckout(CHAT, CheckoutState.DONE);
        assertThat(reads.checkouts().active(CHAT)).isEmpty();

        long active = insertCheckout(CHAT, CheckoutState.PREPARING);
        assertThat(reads.checkouts().active(CHAT).orElseThrow().id()).isEqualTo(active);
        assertThat(reads.checkouts().active(OTHER_CHAT)).isEmpty();

        writing(s -> s.checkouts().setState(active, CheckoutState.AWAITING_CONFIRMATION, at(5)));
        assertThat(reads.checkouts().active(CHAT).orElseThrow().state())
                .isEqualTo(CheckoutState.AWAITING_CONFIRMATION);
        writing(s -> s.checkouts().setState(active, CheckoutState.PLACING, at(6)));
        assertThat(reads.checkouts().active(CHAT).orElseThrow().updatedAt()).isEqualTo(at(6));
        writing(s -> s.checkouts().setState(active, CheckoutState.CANCELLED, at(7)));
        assertThat(reads.checkouts().active(CHAT)).isEmpty();
        assertThat(done).isNotEqualTo(active);
    }

    @Test
    void aChatHasAtMostOneActiveCheckout() {
        insertCheckout(CHAT, CheckoutState.PREPARING);
        long other = insertCheckout(CHAT, CheckoutState.FAILED);
        insertCheckout(OTHER_CHAT, CheckoutState.PREPARING);

        assertThatThrownBy(() -> insertCheckout(CHAT, CheckoutState.AWAITING_CONFIRMATION))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CONSTRAINT));
        assertThatThrownBy(() -> writing(s -> s.checkouts().setState(other, CheckoutState.PLACING, at(9))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CONSTRAINT));
    }

    @Test
    void checkoutsAreListedByState() {
        long a = insertCheckout(CHAT, CheckoutState.PLACING);
        long b = insertCheckout(OTHER_CHAT, CheckoutState.PLACING);
        insertCheckout(CHAT, CheckoutState.DONE);

        assertThat(reads.checkouts().inState(CheckoutState.PLACING).stream().map(Checkout::id))
                .containsExactly(a, b);
        assertThat(reads.checkouts().inState(CheckoutState.DONE)).hasSize(1)
                .allSatisfy(c -> assertThat(c.lines()).hasSize(2));
        assertThat(reads.checkouts().inState(CheckoutState.FAILED)).isEmpty();
    }

    @Test
    void saveReviewReplacesLinesAndParts() {
        long id = insertCheckout(CHAT, CheckoutState.PREPARING);
        List<CheckoutLine> lines = List.of(
                new CheckoutLine(9, CAROL, "Carol", sku1688("z"), "Bag", "Black", 700, 650, 3, 3, false));
        List<CheckoutPart> parts = List.of(new CheckoutPart(Marketplace.ALIBABA_1688, 1950, 600));

        writing(s -> s.checkouts().saveReview(id, lines, parts, at(20)));

        Checkout found = reads.checkouts().find(id).orElseThrow();
        assertThat(found.lines()).isEqualTo(lines);
        assertThat(found.parts()).isEqualTo(parts);
        assertThat(found.updatedAt()).isEqualTo(at(20));
        assertThat(found.totalFen()).isEqualTo(2550);

        writing(s -> s.checkouts().saveReview(id, List.of(), List.of(), at(21)));
        assertThat(reads.checkouts().find(id).orElseThrow().lines()).isEmpty();
    }

    @Test
    void changingAMissingCheckoutIsNotFound() {
        assertThatThrownBy(() -> writing(s -> s.checkouts().setState(77, CheckoutState.DONE, at(1))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> writing(s -> s.checkouts().saveReview(77, List.of(), List.of(), at(1))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
    }
}
