package io.groupbuy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.core.Marketplace;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.OrderStatusChange;
import io.groupbuy.core.PriceChange;
import io.groupbuy.core.PriceChangeState;
import io.groupbuy.core.Refund;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.PendingNews;
import io.groupbuy.core.port.StoredButton;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Orders with their history, price changes and refunds; the inbox; buttons. */
abstract class OrderInboxContract extends ChatCartContract {

    static void assertFails(StoreException.Kind kind, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    void orderGetsAnIdTheChatsNextNumberAndLineIds() {
        Order first = insertOrder(CHAT, "ck-1");
        Order second = insertOrder(CHAT, "ck-2");
        Order elsewhere = insertOrder(OTHER_CHAT, "ck-3");

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(elsewhere.number()).isEqualTo(1);
        assertThat(first.lines()).allSatisfy(l -> assertThat(l.id()).isPositive());
        assertThat(first.lines().get(0).id()).isNotEqualTo(first.lines().get(1).id());
        assertThat(first.shares()).isEqualTo(order(CHAT, 0, "x").shares());
        assertThat(reads.orders().find(first.id())).contains(first);
        assertThat(reads.orders().byNumber(CHAT, 2)).contains(second);
        assertThat(reads.orders().byNumber(OTHER_CHAT, 2)).isEmpty();
        assertThat(reads.orders().byClientKey("ck-3")).contains(elsewhere);
        assertThat(reads.orders().byClientKey("nope")).isEmpty();
        assertThat(reads.orders().find(9999)).isEmpty();
    }

    @Test
    void pendingOrderIsFoundByItsClientKeyAndStatusBeforeItIsPlaced() {
        Order placing = insertOrder(CHAT, "chat-1:checkout-1:1688");

        assertThat(reads.orders().inStatus(List.of(OrderStatus.PLACING))).containsExactly(placing);
        assertThat(reads.orders().byClientKey("chat-1:checkout-1:1688").orElseThrow().upstreamOrderId()).isNull();
        assertThat(reads.orders().countByStatus(OrderStatus.PLACING)).isEqualTo(1);
    }

    @Test
    void clientKeyIsUniqueAndAnOrderNeedsItsCheckout() {
        Order first = insertOrder(CHAT, "ck-1");
        assertFails(StoreException.Kind.CONSTRAINT,
                () -> writing(s -> s.orders().insert(order(CHAT, first.checkoutId(), "ck-1"))));
        assertFails(StoreException.Kind.CONSTRAINT, () -> writing(s -> s.orders().insert(order(CHAT, 4040, "ck-9"))));
        assertThat(reads.orders().byChat(CHAT, 10)).containsExactly(first);
    }

    @Test
    void ordersAreListedByChatNewestFirstByCheckoutAndByStatus() {
        Order a = insertOrder(CHAT, "a");
        Order b = insertOrder(CHAT, "b");
        Order c = insertOrder(CHAT, "c");
        Order d = insertOrder(OTHER_CHAT, "d");
        Order e = writes.orders().insert(order(CHAT, a.checkoutId(), "e"));
        writing(s -> s.orders().markPlaced(b.id(), "111", OrderStatus.WAITING_PAYMENT, "WAIT_PAY", at(9)));

        assertThat(reads.orders().byChat(CHAT, 3).stream().map(Order::id)).containsExactly(e.id(), c.id(), b.id());
        assertThat(reads.orders().byCheckout(a.checkoutId()).stream().map(Order::id)).containsExactly(a.id(), e.id());
        assertThat(reads.orders().inStatus(Set.of(OrderStatus.PLACING, OrderStatus.WAITING_PAYMENT))
                .stream().map(Order::id)).containsExactly(a.id(), b.id(), c.id(), d.id(), e.id());
        assertThat(reads.orders().inStatus(List.of(OrderStatus.WAITING_PAYMENT))).hasSize(1);
        assertThat(reads.orders().inStatus(List.of())).isEmpty();
        assertThat(reads.orders().countByStatus(OrderStatus.PLACING)).isEqualTo(4);
        assertThat(reads.orders().countByStatus(OrderStatus.SHIPPED)).isZero();
    }

    @Test
    void markPlacedRecordsThe19DigitUpstreamIdAndStatus() {
        Order o = insertOrder(CHAT, "ck-1");
        writing(s -> s.orders().markPlaced(o.id(), ORDER_1688, OrderStatus.WAITING_PAYMENT, "waitbuyerpay", at(10)));

        Order placed = reads.orders().byUpstreamId(Marketplace.ALIBABA_1688, ORDER_1688).orElseThrow();
        assertThat(placed.id()).isEqualTo(o.id());
        assertThat(placed.upstreamOrderId()).isEqualTo(ORDER_1688);
        assertThat(placed.status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(placed.upstreamStatus()).isEqualTo("waitbuyerpay");
        assertThat(placed.updatedAt()).isEqualTo(at(10));
        assertThat(placed.lines()).isEqualTo(o.lines());
        assertThat(reads.orders().byUpstreamId(Marketplace.TAOBAO, ORDER_1688)).isEmpty();
        assertThat(reads.orders().byUpstreamId(Marketplace.ALIBABA_1688, null)).isEmpty();
    }

    @Test
    void updateStatusKeepsTheTrackingNumberWhenNewsHasNone() {
        Order o = insertOrder(CHAT, "ck-1");
        writing(s -> s.orders().updateStatus(o.id(), OrderStatus.SHIPPED, "SELLER_SEND", at(20), "SF Express",
                "SF1234567890", at(21)));
        writing(s -> s.orders().updateStatus(o.id(), OrderStatus.RECEIVED, "BUYER_RECEIVED", at(30), null, null, at(31)));

        Order found = reads.orders().find(o.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(found.upstreamStatus()).isEqualTo("BUYER_RECEIVED");
        assertThat(found.statusAt()).isEqualTo(at(30));
        assertThat(found.updatedAt()).isEqualTo(at(31));
        assertThat(found.logisticsCompany()).isEqualTo("SF Express");
        assertThat(found.logisticsNumber()).isEqualTo("SF1234567890");
    }

    @Test
    void updateAmountsReplacesTotalsAndShares() {
        Order o = insertOrder(CHAT, "ck-1");
        List<MemberShare> shares = List.of(new MemberShare(BOB, "Bob", 1000, 100), new MemberShare(CAROL, "Carol", 5, 0));
        writing(s -> s.orders().updateAmounts(o.id(), 1005, 100, shares, at(40)));

        Order found = reads.orders().find(o.id()).orElseThrow();
        assertThat(found.goodsFen()).isEqualTo(1005);
        assertThat(found.freightFen()).isEqualTo(100);
        assertThat(found.shares()).isEqualTo(shares);
        assertThat(found.updatedAt()).isEqualTo(at(40));
    }

    @Test
    void aShareWithoutAMemberIsRefusedAndChangesNothing() {
        Order o = insertOrder(CHAT, "ck-1");
        List<MemberShare> broken = List.of(new MemberShare(BOB, "Bob", 1, 0), new MemberShare(null, "?", 1, 0));

        assertFails(StoreException.Kind.CONSTRAINT, () -> writes.orders().updateAmounts(o.id(), 2, 0, broken, at(9)));
        assertThat(reads.orders().find(o.id())).contains(o);
    }

    @Test
    void changingAMissingOrderIsNotFound() {
        assertFails(StoreException.Kind.NOT_FOUND,
                () -> writing(s -> s.orders().markPlaced(5, "1", OrderStatus.PAID, "x", at(1))));
        assertFails(StoreException.Kind.NOT_FOUND,
                () -> writing(s -> s.orders().updateStatus(5, OrderStatus.PAID, "x", at(1), null, null, at(1))));
        assertFails(StoreException.Kind.NOT_FOUND,
                () -> writing(s -> s.orders().updateAmounts(5, 1, 1, List.of(), at(1))));
        assertFails(StoreException.Kind.NOT_FOUND,
                () -> writing(s -> s.orders().setPriceChangeState(5, PriceChangeState.ACCEPTED, at(1))));
    }

    @Test
    void historyIsKeptInTheOrderItWasAdded() {
        Order o = insertOrder(CHAT, "ck-1");
        Order other = insertOrder(CHAT, "ck-2");
        var placed = new OrderStatusChange(o.id(), OrderStatus.WAITING_PAYMENT, "WAIT_PAY", at(5), "placement");
        var paid = new OrderStatusChange(o.id(), OrderStatus.PAID, null, null, "callback");
        writing(s -> {
            s.orders().addHistory(placed);
            s.orders().addHistory(new OrderStatusChange(other.id(), OrderStatus.CANCELLED, "X", at(4), "poll"));
            s.orders().addHistory(paid);
        });

        assertThat(reads.orders().history(o.id())).containsExactly(placed, paid);
        assertThat(reads.orders().history(424242)).isEmpty();
        assertFails(StoreException.Kind.CONSTRAINT, () -> writing(s -> s.orders().addHistory(
                new OrderStatusChange(424242, OrderStatus.PAID, null, at(1), "poll"))));
    }

    @Test
    void priceChangeIsProposedFoundAndDecided() {
        Order o = insertOrder(CHAT, "ck-1");
        List<MemberShare> shares = List.of(new MemberShare(ALICE, "Alice", 2500, 600), new MemberShare(BOB, "Bob", 900, 200));
        PriceChange proposed = new PriceChange(0, o.id(), "modify-77", 3100, 800, 3400, 800, PriceChangeState.PENDING,
                at(50), null, shares);
        PriceChange stored = writes.orders().insertPriceChange(proposed);

        assertThat(stored.id()).isPositive();
        assertThat(stored.newShares()).isEqualTo(shares);
        assertThat(reads.orders().priceChange(stored.id())).contains(stored);
        assertThat(reads.orders().priceChangeByKey(o.id(), "modify-77")).contains(stored);
        assertThat(reads.orders().priceChangeByKey(o.id(), "modify-78")).isEmpty();
        assertThat(reads.orders().pendingPriceChanges(o.id())).containsExactly(stored);
        assertFails(StoreException.Kind.CONSTRAINT, () -> writing(s -> s.orders().insertPriceChange(proposed)));

        writing(s -> s.orders().setPriceChangeState(stored.id(), PriceChangeState.ACCEPTED, at(55)));
        PriceChange decided = reads.orders().priceChange(stored.id()).orElseThrow();
        assertThat(decided.state()).isEqualTo(PriceChangeState.ACCEPTED);
        assertThat(decided.decidedAt()).isEqualTo(at(55));
        assertThat(decided.differenceFen()).isEqualTo(300);
        assertThat(reads.orders().pendingPriceChanges(o.id())).isEmpty();
        assertThat(reads.orders().priceChange(stored.id() + 100)).isEmpty();
    }

    @Test
    void refundIsStoredOncePerUpstreamRefundId() {
        Order o = insertOrder(CHAT, "ck-1");
        List<MemberShare> shares = List.of(new MemberShare(ALICE, "Alice", -300, 0), new MemberShare(BOB, "Bob", -100, 0));
        Refund refund = new Refund(0, o.id(), "8765432109876543210", 400, "SUCCESS", at(60), shares);

        Refund first = writes.orders().insertRefund(refund);
        Refund again = writes.orders().insertRefund(
                new Refund(0, o.id(), "8765432109876543210", 999, "OTHER", at(61), List.of()));
        Refund second = writes.orders().insertRefund(new Refund(0, o.id(), "r-2", 50, null, at(62), List.of()));

        assertThat(first.id()).isPositive();
        assertThat(again).isEqualTo(first);
        assertThat(first.shares()).isEqualTo(shares);
        assertThat(reads.orders().refundByUpstreamId(o.id(), "8765432109876543210")).contains(first);
        assertThat(reads.orders().refundByUpstreamId(o.id(), "missing")).isEmpty();
        assertThat(reads.orders().refunds(o.id())).containsExactly(first, second);
        assertFails(StoreException.Kind.CONSTRAINT,
                () -> writing(s -> s.orders().insertRefund(new Refund(0, 31337, "r-9", 1, null, at(1), List.of()))));
    }

    @Test
    void inboxOfferIsDroppedWhenTheEventWasSeen() {
        InboxEvent update = InboxEvent.received("telegram", "900000001", CHAT.key(), "{\"update_id\":900000001}", at(1));

        assertThat(writes.inbox().offer(update)).isTrue();
        assertThat(writes.inbox().offer(update)).isFalse();
        assertThat(writes.inbox().offer(InboxEvent.received("line", "900000001", "", "{}", at(1)))).isTrue();

        InboxEvent stored = reads.inbox().find("telegram", "900000001").orElseThrow();
        assertThat(stored.seq()).isPositive();
        assertThat(stored).isEqualTo(new InboxEvent(stored.seq(), "telegram", "900000001", CHAT.key(),
                "{\"update_id\":900000001}", at(1), InboxEvent.State.PENDING, 0, null));
        assertThat(reads.inbox().find("telegram", "nope")).isEmpty();
    }

    @Test
    void pendingEventsComeInArrivalOrderUntilHandled() {
        for (int i = 1; i <= 5; i++) {
            String id = "e" + i;
            writing(s -> s.inbox().offer(InboxEvent.received("pandapon", id, "", "{}", at(1))));
        }
        writing(s -> s.inbox().offer(InboxEvent.received("line", "x", "", "{}", at(1))));
        List<InboxEvent> pending = reads.inbox().pending("pandapon", 3);
        assertThat(pending).extracting(InboxEvent::eventId).containsExactly("e1", "e2", "e3");

        writing(s -> {
            s.inbox().markDone(pending.get(0).seq(), at(2));
            s.inbox().markState(pending.get(1).seq(), InboxEvent.State.UNMATCHED, "unknown order 42", at(2));
            s.inbox().incrementAttempts(pending.get(2).seq());
            s.inbox().incrementAttempts(pending.get(2).seq());
        });

        assertThat(reads.inbox().pending("pandapon", 10)).extracting(InboxEvent::eventId)
                .containsExactly("e3", "e4", "e5");
        assertThat(reads.inbox().find("pandapon", "e3").orElseThrow().attempts()).isEqualTo(2);
        InboxEvent unmatched = reads.inbox().find("pandapon", "e2").orElseThrow();
        assertThat(unmatched.state()).isEqualTo(InboxEvent.State.UNMATCHED);
        assertThat(unmatched.note()).isEqualTo("unknown order 42");
        assertThat(reads.inbox().count("pandapon", InboxEvent.State.PENDING)).isEqualTo(3);
        assertThat(reads.inbox().count("pandapon", InboxEvent.State.DONE)).isEqualTo(1);
        assertThat(reads.inbox().count("line", InboxEvent.State.DONE)).isZero();
        assertFails(StoreException.Kind.NOT_FOUND, () -> writing(s -> s.inbox().markDone(9999, at(3))));
        assertFails(StoreException.Kind.NOT_FOUND, () -> writing(s -> s.inbox().incrementAttempts(9999)));
    }

    @Test
    void newsIsStoredOnceDueInOrderPostponedAndMarkedSent() {
        PendingNews paid = new PendingNews("order:1:paid", CHAT, PendingNews.Kind.STATUS_CHANGED, 1, 0,
                OrderStatus.WAITING_PAYMENT, OrderStatus.PAID, at(1), 0, null);
        PendingNews refund = new PendingNews("order:1:refund:7", CHAT, PendingNews.Kind.REFUNDED, 1, 7, null, null,
                at(2), 0, null);
        assertThat(writes.outbox().add(paid)).isTrue();
        assertThat(writes.outbox().add(paid)).isFalse();
        assertThat(writes.outbox().add(refund)).isTrue();
        assertThat(reads.outbox().due(at(5), 10)).containsExactly(paid, refund);
        assertThat(reads.outbox().due(at(5), 1)).containsExactly(paid);
        assertThat(reads.outbox().unsent("order:1:paid")).contains(paid);

        writing(s -> {
            s.outbox().postpone("order:1:paid", at(60), "IllegalStateException");
            s.outbox().markSent("order:1:refund:7", at(6));
        });

        assertThat(reads.outbox().due(at(10), 10)).isEmpty();
        assertThat(reads.outbox().unsent("order:1:refund:7")).isEmpty();
        assertThat(reads.outbox().unsent("missing")).isEmpty();
        assertThat(reads.outbox().unsent("order:1:paid").orElseThrow())
                .returns(1, PendingNews::attempts).returns(at(60), PendingNews::nextAttemptAt);
        assertThat(reads.outbox().due(at(60), 10)).extracting(PendingNews::key).containsExactly("order:1:paid");
        assertThat(reads.outbox().countUnsent()).isEqualTo(1);
    }

    @Test
    void operationIsClaimedOnce() {
        assertThat(writes.inbox().claimOperation("refund:42", at(1))).isTrue();
        assertThat(writes.inbox().claimOperation("refund:42", at(2))).isFalse();
        assertThat(writes.inbox().claimOperation("refund:43", at(2))).isTrue();
    }

    @Test
    void buttonsAreSavedReplacedFoundAndForgottenWhenOld() {
        StoredButton old = new StoredButton("tok-old", CHAT.key(), "qty", "line=7;v=1", at(1));
        StoredButton fresh = new StoredButton("tok-new", CHAT.key(), "sku", null, at(10));
        writing(s -> {
            s.buttons().save(old);
            s.buttons().save(fresh);
            s.buttons().save(new StoredButton("tok-new", OTHER_CHAT.key(), "cart", "x", at(11)));
        });

        assertThat(reads.buttons().find("tok-new"))
                .contains(new StoredButton("tok-new", OTHER_CHAT.key(), "cart", "x", at(11)));
        assertThat(reads.buttons().find("tok-old")).contains(old);
        assertThat(writes.buttons().deleteOlderThan(at(5))).isEqualTo(1);
        assertThat(writes.buttons().deleteOlderThan(at(5))).isZero();
        assertThat(reads.buttons().find("tok-old")).isEmpty();
        assertThat(reads.buttons().find("missing")).isEmpty();
    }
}
