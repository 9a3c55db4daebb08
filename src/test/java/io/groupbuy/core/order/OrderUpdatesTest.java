package io.groupbuy.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.core.CoreFixture;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.PriceChange;
import io.groupbuy.core.PriceChangeState;
import io.groupbuy.core.Product;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserError.Problem;
import io.groupbuy.core.port.OrderNews;
import io.groupbuy.core.port.UpstreamOrder;
import io.groupbuy.testing.FakeMarketplace;
import io.groupbuy.testing.GappedReads;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderUpdatesTest {
    private final CoreFixture f = new CoreFixture();
    private final Product shirt = FakeMarketplace.tshirt("672991141190");
    private Order order;

    @BeforeEach
    void placeAnOrder() {
        f.market().add(shirt);
        f.carts().add(f.alice(), shirt, shirt.skus().get(0), 2, "a1");
        f.carts().add(f.bob(), shirt, shirt.skus().get(1), 1, "b1");
        long id = f.checkout().start(f.admin()).checkout().id();
        order = f.placement().confirm(f.admin(), id).get(0).order();
    }

    private UpstreamOrder status(OrderStatus status, String raw, long atSeconds, String logisticsNumber) {
        return new UpstreamOrder(order.upstreamOrderId(), null, status, raw, order.goodsFen(), order.freightFen(),
                logisticsNumber == null ? null : "SF Express", logisticsNumber,
                Instant.parse("2026-12-01T12:00:00Z").plusSeconds(atSeconds));
    }

    @Test
    void newerStatusIsAppliedOnceAndOlderIgnored() {
        assertThat(f.updates().applyStatus(Marketplace.TAOBAO, status(OrderStatus.PAID, "WAIT_SELLER_SEND_GOODS",
                10, null), "callback")).isEqualTo(OrderUpdates.Applied.APPLIED);
        assertThat(f.updates().applyStatus(Marketplace.TAOBAO, status(OrderStatus.PAID, "WAIT_SELLER_SEND_GOODS",
                10, null), "callback")).isEqualTo(OrderUpdates.Applied.IGNORED);
        assertThat(f.updates().applyStatus(Marketplace.TAOBAO, status(OrderStatus.SHIPPED,
                "WAIT_BUYER_CONFIRM_GOODS", 30, "SF123"), "callback")).isEqualTo(OrderUpdates.Applied.APPLIED);
        assertThat(f.updates().applyStatus(Marketplace.TAOBAO, status(OrderStatus.WAITING_PAYMENT,
                "WAIT_BUYER_PAY", 5, null), "callback")).isEqualTo(OrderUpdates.Applied.IGNORED);
        Order now = f.book().detail(f.chat(), order.number()).order();
        assertThat(now.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(now.logisticsNumber()).isEqualTo("SF123");
        assertThat(f.relay().sendDue()).isEqualTo(2);
        assertThat(f.relay().sendDue()).isZero();
        assertThat(f.delivered()).extracting(n -> ((OrderNews.StatusChanged) n).to())
                .containsExactly(OrderStatus.PAID, OrderStatus.SHIPPED);
    }

    @Test
    void unknownOrdersAreReported() {
        UpstreamOrder stranger = new UpstreamOrder("999", null, OrderStatus.PAID, "x", 0, 0, null, null, null);
        assertThat(f.updates().applyStatus(Marketplace.TAOBAO, stranger, "callback"))
                .isEqualTo(OrderUpdates.Applied.UNKNOWN_ORDER);
        assertThat(f.updates().applyRefund(Marketplace.TAOBAO, "999", "TQ1", 100, "100", null))
                .isEqualTo(OrderUpdates.Applied.UNKNOWN_ORDER);
    }

    @Test
    void aPriceRiseWaitsForAnAdminAndAcceptingPaysTheDifference() {
        long newGoods = order.goodsFen() + 500;
        assertThat(f.updates().proposePriceChange(Marketplace.TAOBAO, order.upstreamOrderId(), "m1", newGoods,
                order.freightFen())).isEqualTo(OrderUpdates.Applied.APPLIED);
        assertThat(f.updates().proposePriceChange(Marketplace.TAOBAO, order.upstreamOrderId(), "m1", newGoods,
                order.freightFen())).isEqualTo(OrderUpdates.Applied.IGNORED);
        f.relay().sendDue();
        PriceChange change = ((OrderNews.PriceChangeProposed) f.delivered().get(0)).change();
        assertThat(change.newShares().stream().mapToLong(MemberShare::totalFen).sum())
                .isEqualTo(newGoods + order.freightFen());
        int paymentsBefore = f.market().payments().size();

        assertThatThrownBy(() -> f.updates().acceptPriceChange(f.alice(), change.id()))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_ADMIN));
        PriceChange accepted = f.updates().acceptPriceChange(f.admin(), change.id());
        assertThat(accepted.state()).isEqualTo(PriceChangeState.ACCEPTED);
        assertThat(f.market().payments()).hasSize(paymentsBefore + 1).last().isEqualTo(500L);
        assertThat(f.book().detail(f.chat(), order.number()).order().goodsFen()).isEqualTo(newGoods);
        assertThatThrownBy(() -> f.updates().acceptPriceChange(f.admin(), change.id()))
                .isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.PRICE_CHANGE_STALE));
        assertThat(f.market().payments()).hasSize(paymentsBefore + 1);
    }

    @Test
    void refusingAPriceChangeCancelsTheOrderUpstream() {
        f.updates().proposePriceChange(Marketplace.TAOBAO, order.upstreamOrderId(), "m2", order.goodsFen() + 900,
                order.freightFen());
        f.relay().sendDue();
        PriceChange change = ((OrderNews.PriceChangeProposed) f.delivered().get(0)).change();
        f.updates().rejectPriceChange(f.admin(), change.id());
        assertThat(f.market().cancelled()).containsExactly(order.upstreamOrderId());
        assertThat(f.book().detail(f.chat(), order.number()).order().status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aFailedPaymentLeavesThePriceChangeOpenForAnotherTry() {
        f.updates().proposePriceChange(Marketplace.TAOBAO, order.upstreamOrderId(), "m3", order.goodsFen() + 100,
                order.freightFen());
        f.relay().sendDue();
        PriceChange change = ((OrderNews.PriceChangeProposed) f.delivered().get(0)).change();
        f.market().unavailableNext(1);
        assertThatThrownBy(() -> f.updates().acceptPriceChange(f.admin(), change.id()))
                .isInstanceOf(io.groupbuy.core.UpstreamUnavailable.class);
        assertThat(f.updates().acceptPriceChange(f.admin(), change.id()).state())
                .isEqualTo(PriceChangeState.ACCEPTED);
    }

    @Test
    void refundsAreSplitFenExactlyAndStoredOnce() {
        assertThat(f.updates().applyRefund(Marketplace.TAOBAO, order.upstreamOrderId(), "TQ1", 1001, "100", null))
                .isEqualTo(OrderUpdates.Applied.APPLIED);
        assertThat(f.updates().applyRefund(Marketplace.TAOBAO, order.upstreamOrderId(), "TQ1", 1001, "100", null))
                .isEqualTo(OrderUpdates.Applied.IGNORED);
        String bobsSku = shirt.skus().get(1).key();
        f.updates().applyRefund(Marketplace.TAOBAO, order.upstreamOrderId(), "TQ2", 2990, "100", bobsSku);
        f.relay().sendDue();
        assertThat(f.delivered()).hasSize(2);
        OrderNews.Refunded all = (OrderNews.Refunded) f.delivered().get(0);
        assertThat(all.refund().shares().stream().mapToLong(MemberShare::totalFen).sum()).isEqualTo(1001);
        OrderNews.Refunded bobs = (OrderNews.Refunded) f.delivered().get(1);
        assertThat(bobs.refund().shares()).singleElement().satisfies(s -> {
            assertThat(s.memberName()).isEqualTo("Bob");
            assertThat(s.totalFen()).isEqualTo(2990);
        });
    }

    @Test
    void newsThatCannotBeDeliveredIsKeptAndRetried() {
        AtomicInteger attempts = new AtomicInteger();
        NewsRelay failing = new NewsRelay(f.tx(), (chat, key, news) -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("channel down");
            }
        }, f.clock());
        f.updates().applyStatus(Marketplace.TAOBAO, status(OrderStatus.PAID, "x", 10, null), "poll");
        assertThat(failing.sendDue()).isZero();
        assertThat(failing.sendDue()).isZero(); // postponed, not due yet
        f.clock().advance(Duration.ofMinutes(1));
        assertThat(failing.sendDue()).isEqualTo(1);
        assertThat(attempts.get()).isEqualTo(2);
    }

    @Test
    void newsAnotherRunDeliveredWhileThisOneReadTheDueListIsNotSentAgain() {
        AtomicInteger sent = new AtomicInteger();
        GappedReads tx = new GappedReads(f.tx());
        NewsRelay relay = new NewsRelay(tx, (chat, key, news) -> sent.incrementAndGet(), f.clock());
        f.updates().applyStatus(Marketplace.TAOBAO, status(OrderStatus.PAID, "x", 10, null), "callback");
        // the timer's run reads the due list; before it takes the news, a run after a change delivers it
        tx.afterNextRead(relay::sendDue);
        relay.sendDue();
        assertThat(sent.get()).isEqualTo(1);
    }

    @Test
    void pollingAppliesWhatUpstreamSays() {
        f.market().setStatus(order.upstreamOrderId(), OrderStatus.SHIPPED, "WAIT_BUYER_CONFIRM_GOODS");
        assertThat(f.reconciler().pollOpen()).isEqualTo(1);
        assertThat(f.reconciler().pollOpen()).isZero();
        assertThat(f.book().detail(f.chat(), order.number()).order().status()).isEqualTo(OrderStatus.SHIPPED);
    }
}
