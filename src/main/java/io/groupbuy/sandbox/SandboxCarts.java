package io.groupbuy.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Carts per {@code user-id}, Taobao and 1688 kept apart; record ids are global, like row ids. */
final class SandboxCarts {
    private static final long FIRST_ID = 1001;

    /** One cart record; product and SKU are looked up again on every read, so prices stay current. */
    record Entry(long id, String userId, boolean taobao, String productId, String skuId, int quantity) {
        Entry withQuantity(int q) {
            return new Entry(id, userId, taobao, productId, skuId, q);
        }
    }

    private final Map<Long, Entry> entries = new LinkedHashMap<>();
    private long nextId = FIRST_ID;

    /** Adds, or raises the quantity of the same SKU already in the cart; returns the record id. */
    synchronized long add(String userId, boolean taobao, CatalogProduct product, CatalogSku sku, int quantity) {
        requirePositive(quantity);
        for (Entry e : entries.values()) {
            if (e.userId().equals(userId) && e.taobao() == taobao && e.productId().equals(product.id())
                    && e.skuId().equals(sku.skuId())) {
                entries.put(e.id(), e.withQuantity(e.quantity() + quantity));
                return e.id();
            }
        }
        long id = nextId++;
        entries.put(id, new Entry(id, userId, taobao, product.id(), sku.skuId(), quantity));
        return id;
    }

    synchronized void edit(String userId, boolean taobao, long id, int quantity) {
        requirePositive(quantity);
        Entry e = owned(userId, taobao, id);
        entries.put(id, e.withQuantity(quantity));
    }

    synchronized void delete(String userId, boolean taobao, List<Long> ids) {
        if (ids.isEmpty()) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "ids must not be empty");
        }
        ids.forEach(id -> owned(userId, taobao, id));
        ids.forEach(entries::remove);
    }

    synchronized List<Entry> list(String userId, boolean taobao) {
        return entries.values().stream().filter(e -> e.userId().equals(userId) && e.taobao() == taobao).toList();
    }

    /** The records {@code ids} names, all of which must belong to the user. */
    synchronized List<Entry> get(String userId, boolean taobao, List<Long> ids) {
        if (ids.isEmpty()) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "cart ids must not be empty");
        }
        List<Entry> found = new ArrayList<>();
        for (Long id : ids) {
            found.add(owned(userId, taobao, id));
        }
        return found;
    }

    synchronized void remove(List<Long> ids) {
        ids.forEach(entries::remove);
    }

    synchronized void reset() {
        entries.clear();
        nextId = FIRST_ID;
    }

    private Entry owned(String userId, boolean taobao, long id) {
        Entry e = entries.get(id);
        if (e == null || !e.userId().equals(userId) || e.taobao() != taobao) {
            throw new SandboxError(SandboxError.NOT_FOUND, "no cart record " + id + " for this user");
        }
        return e;
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0 || quantity > 100_000) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "quantity must be 1..100000, got " + quantity);
        }
    }
}
