package io.groupbuy.testing;

import io.groupbuy.core.CartLine;
import io.groupbuy.core.CartState;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.NewCartLine;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.CartStore;
import io.groupbuy.store.StoreException;
import io.groupbuy.testing.MemoryData.CartStateRow;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class MemoryCartStore implements CartStore {
    private final MemoryData data;
    private final MemoryStores tx;

    MemoryCartStore(MemoryData data, MemoryStores tx) {
        this.data = data;
        this.tx = tx;
    }

    @Override
    public CartState state(ChatId chat) {
        CartStateRow row = data.cartStates.get(chat);
        return row == null ? CartState.OPEN : row.state();
    }

    @Override
    public Optional<Long> frozenBy(ChatId chat) {
        CartStateRow row = data.cartStates.get(chat);
        return row != null && row.state() == CartState.FROZEN ? Optional.ofNullable(row.checkoutId()) : Optional.empty();
    }

    @Override
    public void freeze(ChatId chat, long checkoutId, Instant at) {
        tx.change("freeze cart");
        MemoryStores.notNull(at, "freeze cart", "cart_state.changed_at");
        data.cartStates.put(chat, new CartStateRow(CartState.FROZEN, checkoutId));
    }

    @Override
    public void unfreeze(ChatId chat, Instant at) {
        tx.change("unfreeze cart");
        MemoryStores.notNull(at, "unfreeze cart", "cart_state.changed_at");
        data.cartStates.put(chat, new CartStateRow(CartState.OPEN, null));
    }

    @Override
    public List<CartLine> lines(ChatId chat) {
        return data.cartLines.values().stream().filter(l -> l.chat().equals(chat)).toList();
    }

    @Override
    public Optional<CartLine> line(long lineId) {
        return Optional.ofNullable(data.cartLines.get(lineId));
    }

    @Override
    public Optional<CartLine> findSame(ChatId chat, UserId member, ProductRef product, String skuKey) {
        return data.cartLines.values().stream()
                .filter(l -> l.chat().equals(chat) && l.member().equals(member)
                        && l.sku().product().equals(product) && l.sku().skuKey().equals(skuKey))
                .findFirst();
    }

    @Override
    public CartLine insert(NewCartLine n) {
        tx.change("insert cart line");
        if (findSame(n.chat(), n.member(), n.sku().product(), n.sku().skuKey()).isPresent()) {
            throw MemoryStores.constraint("insert cart line", "UNIQUE constraint failed: cart_lines_same_sku");
        }
        CartLine line = new CartLine(data.next("cart_lines"), n.chat(), n.member(), n.memberName(), n.sku(), n.title(),
                n.skuDescription(), n.pictureUrl(), n.unitPriceFen(), n.quantity(), n.minQuantity(), n.addedAt(),
                n.addedAt(), 1);
        data.cartLines.put(line.id(), line);
        return line;
    }

    @Override
    public void updateQuantity(long lineId, int quantity, Instant at) {
        tx.change("update cart line quantity");
        CartLine line = data.cartLines.get(lineId);
        if (line == null) {
            throw StoreException.notFound("update cart line quantity", "cart line " + lineId);
        }
        data.cartLines.put(lineId, line.withQuantity(quantity, at));
    }

    @Override
    public void delete(long lineId) {
        tx.change("delete cart line");
        data.cartLines.remove(lineId);
    }

    @Override
    public void deleteAll(Collection<Long> lineIds) {
        tx.change("delete cart lines");
        lineIds.forEach(data.cartLines::remove);
    }

    @Override
    public int count(ChatId chat) {
        return lines(chat).size();
    }

    @Override
    public long totalLines() {
        return data.cartLines.size();
    }
}
