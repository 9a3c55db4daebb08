package io.groupbuy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.groupbuy.core.CartLine;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.SkuRef;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.InboxEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The store contract: every store operation (through {@link OrderInboxContract} and
 * {@link ChatCartContract}) plus the transaction rules. Subclasses name the implementation.
 */
abstract class StoreContractTest extends OrderInboxContract {

    static final class Boom extends RuntimeException {
        Boom() {
            super("boom");
        }
    }

    @Test
    void writeReturnsWhatTheWorkReturns() {
        String done = write(s -> "done");
        Integer answer = read(s -> 42);
        assertThat(done).isEqualTo("done");
        assertThat(answer).isEqualTo(42);
    }

    @Test
    void exceptionInsideWriteLeavesNothingBehindAndComesOutUnchanged() {
        Boom boom = new Boom();
        Throwable thrown = catchThrowable(() -> writing(s -> {
            s.chats().save(chat(CHAT));
            s.carts().insert(newLine(CHAT, ALICE, sku1688("1"), 1));
            s.inbox().offer(InboxEvent.received("telegram", "1", CHAT.key(), "{}", at(1)));
            s.inbox().claimOperation("op-1", at(1));
            insertOrderInside(s);
            throw boom;
        }));

        assertThat(thrown).isSameAs(boom);
        assertNothingStored();
    }

    @Test
    void domainExceptionFromWriteKeepsItsTypeAndRollsBack() {
        UserError frozen = new UserError(UserError.Problem.CART_FROZEN);
        Throwable thrown = catchThrowable(() -> writing(s -> {
            s.carts().insert(newLine(CHAT, ALICE, sku1688("1"), 1));
            throw frozen;
        }));

        assertThat(thrown).isSameAs(frozen);
        assertThat(reads.carts().totalLines()).isZero();
    }

    @Test
    void failedSqlInsideWriteRollsBackTheEarlierChanges() {
        writing(s -> s.carts().insert(newLine(CHAT, ALICE, sku1688("1"), 1)));

        assertThatThrownBy(() -> writing(s -> {
            s.chats().save(chat(CHAT));
            s.carts().insert(newLine(CHAT, ALICE, sku1688("1"), 1));
        })).isInstanceOf(StoreException.class);

        assertThat(reads.chats().find(CHAT)).isEmpty();
        assertThat(reads.carts().totalLines()).isEqualTo(1);
    }

    @Test
    void readCannotChangeAnything() {
        assertThatThrownBy(() -> reads.carts().insert(newLine(CHAT, ALICE, sku1688("1"), 1)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY));
        assertThatThrownBy(() -> reads.inbox().claimOperation("op", at(1)))
                .isInstanceOf(StoreException.class);
        assertThat(reads.carts().totalLines()).isZero();
        assertThat(writes.inbox().claimOperation("op", at(1))).isTrue();
        assertThat(writes.carts().insert(newLine(CHAT, ALICE, sku1688("1"), 1))).isNotNull();
    }

    @Test
    void writeInsideReadIsRefused() {
        assertThatThrownBy(() -> read(s -> write(inner -> inner.carts().totalLines())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nestedCallsJoinTheOuterWrite() {
        Boom boom = new Boom();
        Throwable thrown = catchThrowable(() -> writing(s -> {
            write(inner -> inner.carts().insert(newLine(CHAT, ALICE, sku1688("1"), 1)));
            long seen = read(inner -> inner.carts().totalLines());
            assertThat(seen).isEqualTo(1);
            throw boom;
        }));
        assertThat(thrown).isSameAs(boom);
        assertThat(reads.carts().totalLines()).isZero();

        writing(s -> write(inner -> inner.carts().insert(newLine(CHAT, ALICE, sku1688("1"), 1))));
        assertThat(reads.carts().totalLines()).isEqualTo(1);
    }

    @Test
    void storeStaysUsableAfterAFailedWrite() {
        catchThrowable(() -> writing(s -> {
            throw new Boom();
        }));
        writing(s -> s.chats().save(chat(CHAT)));
        assertThat(reads.chats().find(CHAT)).isPresent();
    }

    /**
     * 50 threads each raise quantities in one cart by read-modify-write inside {@code write}; a lost
     * update would show as a quantity below the sum of the increments. Readers run alongside.
     */
    @Test
    void concurrentReadModifyWriteLosesNoUpdate() throws Exception {
        int threads = 50;
        int rounds = 20;
        List<UserId> members = List.of(ALICE, BOB, CAROL);
        List<SkuRef> skus = List.of(sku1688("1"), sku1688("2"), skuTaobao("3"), skuTaobao("4"));
        Map<String, Long> expected = new ConcurrentHashMap<>();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
        List<Runnable> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            jobs.add(() -> {
                for (int round = 0; round < rounds; round++) {
                    int r = round;
                    UserId member = members.get((thread + r) % members.size());
                    SkuRef sku = skus.get((thread * 7 + r) % skus.size());
                    int increment = 1 + (thread + r) % 3;
                    writing(s -> {
                        var same = s.carts().findSame(CHAT, member, sku.product(), sku.skuKey());
                        if (same.isPresent()) {
                            s.carts().updateQuantity(same.get().id(), same.get().quantity() + increment, at(r));
                        } else {
                            s.carts().insert(newLine(CHAT, member, sku, increment));
                        }
                    });
                    expected.merge(key(member, sku.product(), sku.skuKey()), (long) increment, Long::sum);
                }
            });
        }
        for (int i = 0; i < 2; i++) {
            jobs.add(() -> {
                while (writing.get()) {
                    assertThat(reads.carts().lines(CHAT)).allSatisfy(l -> assertThat(l.quantity()).isPositive());
                }
            });
        }
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (Runnable job : jobs) {
            futures.add(pool.submit(() -> {
                try {
                    start.await();
                    job.run();
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        start.countDown();
        for (int i = 0; i < threads; i++) {
            futures.get(i).get(180, TimeUnit.SECONDS);
        }
        writing.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(failures).isEmpty();
        List<CartLine> lines = reads.carts().lines(CHAT);
        Map<String, Long> actual = new ConcurrentHashMap<>();
        for (CartLine l : lines) {
            actual.put(key(l.member(), l.sku().product(), l.sku().skuKey()), (long) l.quantity());
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
    }

    private static String key(UserId member, ProductRef product, String skuKey) {
        return member.key() + "|" + product.key() + "|" + skuKey;
    }

    private static void insertOrderInside(io.groupbuy.core.port.Stores s) {
        long checkoutId = s.checkouts().insert(checkout(CHAT, io.groupbuy.core.CheckoutState.PREPARING)).id();
        s.orders().insert(order(CHAT, checkoutId, "ck-rollback"));
    }

    private void assertNothingStored() {
        assertThat(reads.chats().find(CHAT)).isEmpty();
        assertThat(reads.carts().totalLines()).isZero();
        assertThat(reads.inbox().find("telegram", "1")).isEmpty();
        assertThat(reads.orders().byClientKey("ck-rollback")).isEmpty();
        assertThat(reads.checkouts().active(CHAT)).isEmpty();
        assertThat(writes.inbox().claimOperation("op-1", at(2))).isTrue();
    }
}
