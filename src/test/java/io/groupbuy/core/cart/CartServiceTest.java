package io.groupbuy.core.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.core.Actor;
import io.groupbuy.core.CartLine;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Member;
import io.groupbuy.core.Product;
import io.groupbuy.core.Role;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserError.Problem;
import io.groupbuy.core.UserId;
import io.groupbuy.testing.FakeMarketplace;
import io.groupbuy.testing.InMemoryStores;
import io.groupbuy.testing.line.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CartServiceTest {
    private final ChatId chat = ChatId.telegram(-1);
    private final MutableClock clock = MutableClock.startingNow();
    private final InMemoryStores tx = new InMemoryStores();
    private final CartService carts = new CartService(tx, new CartLimits(10, 3), clock);
    private final Product shirt = FakeMarketplace.tshirt("100001");
    private final Actor alice = new Actor(chat, UserId.of(Channel.TELEGRAM, "2"), "Alice", Role.MEMBER);
    private final Actor bob = new Actor(chat, UserId.of(Channel.TELEGRAM, "3"), "Bob", Role.MEMBER);
    private final Actor admin = new Actor(chat, UserId.of(Channel.TELEGRAM, "1"), "Admin", Role.ADMIN);

    @Test
    void addingTheSameSkuAgainRaisesTheQuantity() {
        carts.add(alice, shirt, shirt.skus().get(0), 1, "e1");
        CartService.Added again = carts.add(alice, shirt, shirt.skus().get(0), 2, "e2");
        assertThat(again.merged()).isTrue();
        assertThat(again.line().quantity()).isEqualTo(3);
        assertThat(carts.view(chat).lines()).hasSize(1);
        assertThat(again.line().unitPriceFen()).isEqualTo(2990);
    }

    @Test
    void theSameEventAppliesOnce() {
        carts.add(alice, shirt, shirt.skus().get(0), 1, "e1");
        CartService.Added repeat = carts.add(alice, shirt, shirt.skus().get(0), 1, "e1");
        assertThat(repeat.alreadyApplied()).isTrue();
        assertThat(carts.view(chat).lines().get(0).quantity()).isEqualTo(1);
    }

    @Test
    void differentMembersGetTheirOwnLines() {
        carts.add(alice, shirt, shirt.skus().get(0), 1, null);
        carts.add(bob, shirt, shirt.skus().get(0), 1, null);
        Cart cart = carts.view(chat);
        assertThat(cart.byMember()).hasSize(2);
        assertThat(cart.totalFen()).isEqualTo(2 * 2990);
    }

    @Test
    void stockMinimumAndCapsAreKept() {
        expect(Problem.NOT_ENOUGH_STOCK, () -> carts.add(alice, shirt, shirt.skus().get(0), 6, null));
        expect(Problem.QUANTITY_INVALID, () -> carts.add(alice, shirt, shirt.skus().get(0), 0, null));
        Product socks = FakeMarketplace.offer("700001");
        expect(Problem.BELOW_MINIMUM, () -> carts.add(alice, socks, socks.skus().get(0), 1, null));
        expect(Problem.QUANTITY_ABOVE_CAP, () -> carts.add(alice, socks, socks.skus().get(0), 11, null));
        carts.add(alice, socks, socks.skus().get(0), 2, null);
        carts.add(alice, socks, socks.skus().get(1), 2, null);
        carts.add(alice, shirt, shirt.skus().get(0), 1, null);
        expect(Problem.CART_FULL, () -> carts.add(alice, shirt, shirt.skus().get(1), 1, null));
    }

    @Test
    void membersChangeOnlyTheirOwnLinesAdminsAnyone() {
        CartLine line = carts.add(alice, shirt, shirt.skus().get(0), 2, null).line();
        expect(Problem.NOT_YOUR_LINE, () -> carts.setQuantity(bob, line.id(), 1, -1, null));
        expect(Problem.NOT_YOUR_LINE, () -> carts.remove(bob, line.id(), null));
        assertThat(carts.adjust(alice, line.id(), 1, null)).get().extracting(CartLine::quantity).isEqualTo(3);
        assertThat(carts.setQuantity(admin, line.id(), 1, -1, null)).get().extracting(CartLine::quantity)
                .isEqualTo(1);
        assertThat(carts.adjust(alice, line.id(), -1, null)).isEmpty();
        assertThat(carts.view(chat).isEmpty()).isTrue();
    }

    @Test
    void staleVersionsAreRefused() {
        CartLine line = carts.add(alice, shirt, shirt.skus().get(0), 2, null).line();
        carts.adjust(alice, line.id(), 1, null);
        expect(Problem.STALE_BUTTON, () -> carts.setQuantity(alice, line.id(), 1, line.version(), null));
    }

    @Test
    void aFrozenCartRefusesChanges() {
        CartLine line = carts.add(alice, shirt, shirt.skus().get(0), 1, null).line();
        tx.write(s -> {
            s.carts().freeze(chat, 1, clock.instant());
            return null;
        });
        expect(Problem.CART_FROZEN, () -> carts.add(alice, shirt, shirt.skus().get(1), 1, null));
        expect(Problem.CART_FROZEN, () -> carts.adjust(alice, line.id(), 1, null));
    }

    @Test
    void concurrentMembersLoseNoUpdate() throws Exception {
        CartService carts = new CartService(tx, new CartLimits(10, 10), clock);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Actor member = new Actor(chat, UserId.of(Channel.TELEGRAM, "m" + (i % 4)), "M" + (i % 4), Role.MEMBER);
            String key = "event-" + i;
            futures.add(pool.submit(() -> carts.add(member, shirt, shirt.skus().get(1), 1, key)));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(UserError.class); // the cap of 10 or stock of 5
            }
        }
        pool.shutdown();
        assertThat(carts.view(chat).lines()).hasSize(4)
                .allSatisfy(l -> assertThat(l.quantity()).isEqualTo(5));
    }

    @Test
    void membersAreRememberedWithTheirNames() {
        CartLine line = carts.add(alice, shirt, shirt.skus().get(2), 1, null).line();
        assertThat(line.memberName()).isEqualTo("Alice");
        assertThat(line.skuDescription()).isEqualTo("Blue / M");
        assertThat(new Member(alice.user(), "").displayName()).isEqualTo("2");
    }

    private static void expect(Problem problem, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
