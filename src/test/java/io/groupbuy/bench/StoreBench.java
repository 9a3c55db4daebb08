package io.groupbuy.bench;

import io.groupbuy.core.CartLine;
import io.groupbuy.core.Channel;
import io.groupbuy.core.Chat;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Language;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.Member;
import io.groupbuy.core.NewCartLine;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.SkuRef;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.store.Database;
import io.groupbuy.store.SqliteSettings;
import io.groupbuy.store.WriterStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Cart workload on a WAL file database: 1,000 chats, several threads adding lines, changing quantities,
 * viewing carts and removing lines, each operation one transaction as the core would run it.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dmain.class=io.groupbuy.bench.StoreBench
 * </pre>
 * System properties: {@code bench.seconds} (20), {@code bench.threads} (8), {@code bench.chats} (1000),
 * {@code bench.sync} (FULL or NORMAL; FULL is the production default).
 */
public final class StoreBench {
    enum Kind { ADD, CHANGE, VIEW, REMOVE }

    private static final int MEMBERS_PER_CHAT = 5;
    private static final int SKUS = 12;

    private final Transactions tx;
    private final List<ChatId> chats = new ArrayList<>();

    private StoreBench(Transactions tx) {
        this.tx = tx;
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int threads = Integer.getInteger("bench.threads", 8);
        int chatCount = Integer.getInteger("bench.chats", 1000);
        boolean full = !"NORMAL".equalsIgnoreCase(System.getProperty("bench.sync", "FULL"));
        Path dir = Files.createTempDirectory("storebench");
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("bench.db"),
                SqliteSettings.DEFAULT.withSynchronousFull(full))) {
            db.migrate();
            StoreBench bench = new StoreBench(db.transactions());
            bench.seed(chatCount);
            System.out.printf("StoreBench: %d chats, %d threads, %d s, synchronous=%s, %d cores, SQLite file %s%n",
                    chatCount, threads, seconds, full ? "FULL" : "NORMAL", Runtime.getRuntime().availableProcessors(),
                    dir.resolve("bench.db"));
            bench.run(threads, 3, false);
            WriterStats before = db.writerStats();
            Map<Kind, long[]> latencies = bench.run(threads, seconds, true);
            WriterStats after = db.writerStats();
            report(latencies, seconds);
            long writes = after.writes() - before.writes();
            long commits = after.commits() - before.commits();
            System.out.printf("writes %d in %d commits: %.1f writes per commit (group commit)%n", writes, commits,
                    commits == 0 ? 0.0 : (double) writes / commits);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(StoreBench::deleteQuietly);
            }
            deleteQuietly(dir);
        }
    }

    private void seed(int count) {
        for (int c = 0; c < count; c++) {
            ChatId chat = ChatId.telegram(-1001000000000L - c);
            chats.add(chat);
            tx.write(s -> {
                s.chats().save(new Chat(chat, "Group " + chat.id(), Language.TH, false, "THB", true, Instant.now()));
                for (int m = 0; m < MEMBERS_PER_CHAT; m++) {
                    s.chats().saveMember(chat, new Member(member(m), "Member " + m), Instant.now());
                }
                return null;
            });
        }
    }

    private Map<Kind, long[]> run(int threads, int seconds, boolean measure) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Map<Kind, LongList>> perThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Map<Kind, LongList> mine = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                mine.put(k, new LongList());
            }
            perThread.add(mine);
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    Kind kind = pick();
                    long start = System.nanoTime();
                    operate(kind);
                    mine.get(kind).add(System.nanoTime() - start);
                }
            }, "bench-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        Map<Kind, long[]> merged = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            merged.put(k, perThread.stream().flatMapToLong(m -> Arrays.stream(m.get(k).toArray())).sorted().toArray());
        }
        return measure ? merged : Map.of();
    }

    private static Kind pick() {
        int r = ThreadLocalRandom.current().nextInt(100);
        return r < 30 ? Kind.ADD : r < 60 ? Kind.CHANGE : r < 90 ? Kind.VIEW : Kind.REMOVE;
    }

    private void operate(Kind kind) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        ChatId chat = chats.get(random.nextInt(chats.size()));
        UserId member = member(random.nextInt(MEMBERS_PER_CHAT));
        Instant now = Instant.now();
        switch (kind) {
            case ADD -> {
                SkuRef sku = sku(random.nextInt(SKUS));
                tx.write(s -> {
                    Optional<CartLine> same = s.carts().findSame(chat, member, sku.product(), sku.skuKey());
                    if (same.isPresent()) {
                        s.carts().updateQuantity(same.get().id(), same.get().quantity() + 1, now);
                    } else {
                        s.carts().insert(new NewCartLine(chat, member, "Member", sku, "Dress 连衣裙", "Red / XL",
                                "https://img.example/p.jpg", 12_345, 1, 1, now));
                    }
                    return null;
                });
            }
            case CHANGE -> tx.write(s -> {
                List<CartLine> lines = s.carts().lines(chat);
                if (!lines.isEmpty()) {
                    CartLine line = lines.get(random.nextInt(lines.size()));
                    s.carts().updateQuantity(line.id(), Math.max(1, line.quantity() + (random.nextBoolean() ? 1 : -1)),
                            now);
                }
                return null;
            });
            case VIEW -> tx.read(s -> {
                s.carts().state(chat);
                s.chats().find(chat);
                return s.carts().lines(chat);
            });
            case REMOVE -> tx.write(s -> {
                List<CartLine> lines = s.carts().lines(chat);
                if (!lines.isEmpty()) {
                    s.carts().delete(lines.get(random.nextInt(lines.size())).id());
                }
                return null;
            });
        }
    }

    private static void report(Map<Kind, long[]> latencies, int seconds) {
        long total = latencies.values().stream().mapToLong(a -> a.length).sum();
        System.out.printf("%-8s %10s %10s %10s %10s %10s%n", "op", "ops/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        latencies.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey)).forEach(e -> {
            long[] l = e.getValue();
            System.out.printf("%-8s %10.0f %10.2f %10.2f %10.2f %10.2f%n", e.getKey(), (double) l.length / seconds,
                    ms(l, 0.50), ms(l, 0.95), ms(l, 0.99), l.length == 0 ? 0.0 : l[l.length - 1] / 1e6);
        });
        System.out.printf("%-8s %10.0f%n", "all", (double) total / seconds);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static UserId member(int n) {
        return UserId.of(Channel.TELEGRAM, Long.toString(700_000_000L + n));
    }

    private static SkuRef sku(int n) {
        ProductRef product = new ProductRef(n % 2 == 0 ? Marketplace.ALIBABA_1688 : Marketplace.TAOBAO,
                Long.toString(7066273932570000000L + n / 3));
        return new SkuRef(product, null, null, "sku" + n, null, "spec" + n);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }

    /** A growable array of longs, so millions of samples do not box. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
