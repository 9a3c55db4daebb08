package io.groupbuy.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.core.CartState;
import io.groupbuy.core.Checkout;
import io.groupbuy.core.CheckoutLine;
import io.groupbuy.core.CheckoutState;
import io.groupbuy.core.CoreFixture;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.Product;
import io.groupbuy.core.UpstreamUnavailable;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserError.Problem;
import io.groupbuy.core.checkout.CheckoutSummary;
import io.groupbuy.core.port.OrderNews;
import io.groupbuy.testing.FakeMarketplace;
import io.groupbuy.testing.InMemoryStores;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckoutToOrderTest {
    private final CoreFixture f = new CoreFixture();
    private final Product shirt = FakeMarketplace.tshirt("672991141190");
    private final Product socks = FakeMarketplace.offer("706627393257");

    CheckoutToOrderTest() {
        f.market().add(shirt).add(socks);
    }

    private void fillCart() {
        f.carts().add(f.alice(), shirt, shirt.skus().get(0), 2, "a1");
        f.carts().add(f.bob(), shirt, shirt.skus().get(1), 1, "b1");
        f.carts().add(f.bob(), socks, socks.skus().get(0), 3, "b2");
    }

    @Test
    void onlyAdminsCheckOut() {
        fillCart();
        assertThatThrownBy(() -> f.checkout().start(f.alice())).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.NOT_ADMIN));
    }

    @Test
    void checkoutFreezesRecheckesAndSharesAddUp() {
        fillCart();
        f.market().changeSku(shirt.ref(), shirt.skus().get(1).key(), 4500, 5); // Bob's shirt got dearer
        CheckoutSummary summary = f.checkout().start(f.admin());
        Checkout c = summary.checkout();
        assertThat(c.state()).isEqualTo(CheckoutState.AWAITING_CONFIRMATION);
        assertThat(f.carts().view(f.chat()).state()).isEqualTo(CartState.FROZEN);
        assertThat(summary.priceChanges()).singleElement()
                .satisfies(l -> assertThat(l.unitFen()).isEqualTo(4500));
        assertThat(c.parts()).hasSize(2);
        assertThat(c.freightFen()).isEqualTo(2 * FakeMarketplace.FREIGHT_FEN);
        assertThat(summary.shares().stream().mapToLong(MemberShare::totalFen).sum()).isEqualTo(c.totalFen());
        assertThat(c.goodsFen()).isEqualTo(2 * 2990 + 4500 + 3 * 1200);
        assertThatThrownBy(() -> f.carts().add(f.alice(), shirt, shirt.skus().get(2), 1, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.problem()).isEqualTo(Problem.CART_FROZEN));
    }

    @Test
    void linesWithoutEnoughStockAreExcludedAndStayInTheCart() {
        fillCart();
        f.market().changeSku(shirt.ref(), shirt.skus().get(0).key(), 2990, 1); // Alice wants 2, 1 left
        CheckoutSummary summary = f.checkout().start(f.admin());
        assertThat(summary.excluded()).singleElement().satisfies(l -> {
            assertThat(l.available()).isEqualTo(1);
            assertThat(l.memberName()).isEqualTo("Alice");
        });
        List<PlacementOutcome> outcomes = f.placement().confirm(f.admin(), summary.checkout().id());
        assertThat(outcomes).allSatisfy(o -> assertThat(o.result()).isEqualTo(PlacementOutcome.Result.PLACED));
        assertThat(f.carts().view(f.chat()).lines()).singleElement()
                .satisfies(l -> assertThat(l.memberName()).isEqualTo("Alice"));
        assertThat(f.carts().view(f.chat()).state()).isEqualTo(CartState.OPEN);
    }

    @Test
    void confirmPlacesOneOrderPerMarketplaceExactlyOnce() {
        fillCart();
        long id = f.checkout().start(f.admin()).checkout().id();
        List<PlacementOutcome> outcomes = f.placement().confirm(f.admin(), id);
        assertThat(outcomes).hasSize(2).allSatisfy(o -> {
            assertThat(o.result()).isEqualTo(PlacementOutcome.Result.PLACED);
            assertThat(o.paid()).isTrue();
            assertThat(o.order().upstreamOrderId()).isNotBlank();
            assertThat(o.order().rateMicros()).isEqualTo(5_000_000L);
        });
        assertThat(outcomes).extracting(o -> o.order().number()).containsExactlyInAnyOrder(1, 2);
        assertThat(f.market().placeCalls()).isEqualTo(2);
        List<PlacementOutcome> again = f.placement().confirm(f.admin(), id);
        assertThat(again).allSatisfy(o -> assertThat(o.result())
                .isEqualTo(PlacementOutcome.Result.ALREADY_CONFIRMED));
        assertThat(f.market().placeCalls()).isEqualTo(2);
        assertThat(f.carts().view(f.chat()).isEmpty()).isTrue();
        assertThat(f.carts().view(f.chat()).state()).isEqualTo(CartState.OPEN);
        Order taobao = outcomes.stream().map(PlacementOutcome::order)
                .filter(o -> o.marketplace() == io.groupbuy.core.Marketplace.TAOBAO).findFirst().orElseThrow();
        assertThat(taobao.shares().stream().mapToLong(MemberShare::totalFen).sum()).isEqualTo(taobao.totalFen());
        assertThat(f.book().detail(f.chat(), taobao.number()).history()).extracting(h -> h.status())
                .containsExactly(OrderStatus.PLACING, OrderStatus.WAITING_PAYMENT, OrderStatus.PAYMENT_REVIEW);
        assertThat(taobao.status()).isEqualTo(OrderStatus.PAYMENT_REVIEW);
    }

    @Test
    void cancelOpensTheCartAgainUnchanged() {
        fillCart();
        long id = f.checkout().start(f.admin()).checkout().id();
        f.checkout().cancel(f.admin(), id);
        assertThat(f.carts().view(f.chat()).state()).isEqualTo(CartState.OPEN);
        assertThat(f.carts().view(f.chat()).lines()).hasSize(3);
        assertThatThrownBy(() -> f.placement().confirm(f.admin(), id)).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.CHECKOUT_STALE));
    }

    @Test
    void upstreamDownDuringCheckoutLeavesNothingBehind() {
        fillCart();
        f.market().unavailableNext(1);
        assertThatThrownBy(() -> f.checkout().start(f.admin())).isInstanceOf(UpstreamUnavailable.class);
        assertThat(f.carts().view(f.chat()).state()).isEqualTo(CartState.OPEN);
        assertThat(f.checkout().start(f.admin()).checkout().state()).isEqualTo(CheckoutState.AWAITING_CONFIRMATION);
    }

    @Test
    void aRejectedPlacementOrdersNothingAndKeepsTheCart() {
        fillCart();
        long id = f.checkout().start(f.admin()).checkout().id();
        f.market().rejectNext(2);
        List<PlacementOutcome> outcomes = f.placement().confirm(f.admin(), id);
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.result()).isEqualTo(PlacementOutcome.Result.REJECTED);
            assertThat(o.order().status()).isEqualTo(OrderStatus.NOT_PLACED);
        });
        assertThat(f.carts().view(f.chat()).lines()).hasSize(3);
        assertThat(f.carts().view(f.chat()).state()).isEqualTo(CartState.OPEN);
        assertThat(f.checkout().summary(id)).get().extracting(s -> s.checkout().state())
                .isEqualTo(CheckoutState.FAILED);
    }

    @Test
    void aLostAnswerIsReconciledByClientKeyNeverPlacedTwice() {
        f.carts().add(f.alice(), shirt, shirt.skus().get(0), 1, "a1");
        long id = f.checkout().start(f.admin()).checkout().id();
        f.market().loseNextPlaceAnswer();
        PlacementOutcome outcome = f.placement().confirm(f.admin(), id).get(0);
        assertThat(outcome.result()).isEqualTo(PlacementOutcome.Result.UNKNOWN);
        assertThat(f.carts().view(f.chat()).state()).isEqualTo(CartState.FROZEN);

        OrderReconciler.Report report = f.reconciler().reconcilePlacing(Duration.ZERO);
        assertThat(report.found()).isEqualTo(1);
        assertThat(f.market().placeCalls()).isEqualTo(1);
        assertThat(f.market().ordersCreated()).isEqualTo(1);
        Order order = f.book().recent(f.chat(), 5).get(0);
        assertThat(order.status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(f.carts().view(f.chat()).isEmpty()).isTrue();
        assertThat(f.carts().view(f.chat()).state()).isEqualTo(CartState.OPEN);
        f.relay().sendDue();
        assertThat(f.delivered()).singleElement().isInstanceOfSatisfying(OrderNews.Reconciled.class,
                n -> assertThat(n.found()).isTrue());
    }

    @Test
    void aCrashBeforeTheUpstreamCallIsReconciledAsNotPlacedAfterRestart() {
        InMemoryStores stores = new InMemoryStores();
        crashWhileConfirming(stores);

        CoreFixture after = new CoreFixture(stores); // the restarted process
        OrderReconciler.Report report = after.reconciler().reconcilePlacing(Duration.ZERO);
        assertThat(report.notFound()).isEqualTo(1);
        assertThat(after.book().recent(after.chat(), 5).get(0).status()).isEqualTo(OrderStatus.NOT_PLACED);
        assertThat(after.carts().view(after.chat()).state()).isEqualTo(CartState.OPEN);
        assertThat(after.carts().view(after.chat()).lines()).hasSize(1);
        after.relay().sendDue();
        assertThat(after.delivered()).singleElement().isInstanceOfSatisfying(OrderNews.Reconciled.class,
                n -> assertThat(n.found()).isFalse());
        after.market().add(shirt);
        long again = after.checkout().start(after.admin()).checkout().id();
        assertThat(after.placement().confirm(after.admin(), again).get(0).result())
                .isEqualTo(PlacementOutcome.Result.PLACED);
    }

    @Test
    void aCrashAfterTheLastOrderWasAdoptedButBeforeTheCheckoutSettledIsSettledAfterRestart() {
        InMemoryStores stores = new InMemoryStores();
        Crashed crashed = crashWhileConfirming(stores);
        CoreFixture before = crashed.before();
        long id = crashed.checkoutId();
        // what the killed process did before dying: the order went through upstream and was adopted
        Order placing = before.book().recent(before.chat(), 5).get(0);
        var upstream = before.market().place(placing.marketplace(), placing.clientKey(), List.of(),
                placing.goodsFen());
        before.tx().write(s -> before.placement().adopt(s, placing, upstream, "placement"));
        assertThat(before.carts().view(before.chat()).state()).isEqualTo(CartState.FROZEN);

        CoreFixture after = new CoreFixture(stores); // the restarted process
        after.reconciler().reconcilePlacing(Duration.ZERO);

        assertThat(after.checkout().summary(id)).get().extracting(s -> s.checkout().state())
                .isEqualTo(CheckoutState.DONE);
        assertThat(after.carts().view(after.chat()).state()).isEqualTo(CartState.OPEN);
        assertThat(after.market().placeCalls()).isZero(); // settling places nothing
        after.carts().add(after.alice(), shirt, shirt.skus().get(1), 1, "a2"); // the chat can shop again
    }

    @Test
    void aCheckoutLeftPreparingByACrashIsReleased() {
        InMemoryStores stores = new InMemoryStores();
        CoreFixture before = new CoreFixture(stores);
        before.market().add(shirt);
        before.carts().add(before.alice(), shirt, shirt.skus().get(0), 1, "a1");
        before.market().failNext(new IllegalStateException("power cut"), 1);
        assertThatThrownBy(() -> before.checkout().start(before.admin())).hasMessageContaining("power cut");
        // the fix-up on failure already ran; simulate a true crash by freezing again behind its back
        stores.write(s -> {
            Checkout stuck = s.checkouts().insert(new Checkout(0, before.chat(), before.admin().user(),
                    CheckoutState.PREPARING, "THB", 5_000_000L, before.clock().instant(), before.clock().instant(),
                    List.<CheckoutLine>of(), List.of()));
            s.carts().freeze(before.chat(), stuck.id(), before.clock().instant());
            return null;
        });
        CoreFixture after = new CoreFixture(stores);
        assertThat(after.reconciler().reconcilePlacing(Duration.ZERO).abandonedCheckouts()).isEqualTo(1);
        assertThat(after.carts().view(after.chat()).state()).isEqualTo(CartState.OPEN);
    }

    private record Crashed(CoreFixture before, long checkoutId) {
    }

    /** A cart of one shirt checked out, and the process dies in the upstream call of its Confirm. */
    private Crashed crashWhileConfirming(InMemoryStores stores) {
        CoreFixture before = new CoreFixture(stores);
        before.market().add(shirt);
        before.carts().add(before.alice(), shirt, shirt.skus().get(0), 1, "a1");
        long id = before.checkout().start(before.admin()).checkout().id();
        before.market().failNext(new IllegalStateException("power cut"), 1);
        assertThatThrownBy(() -> before.placement().confirm(before.admin(), id)).hasMessageContaining("power cut");
        return new Crashed(before, id);
    }
}
