package io.groupbuy.testing;

import io.groupbuy.core.ChatId;
import io.groupbuy.core.Checkout;
import io.groupbuy.core.CheckoutLine;
import io.groupbuy.core.CheckoutPart;
import io.groupbuy.core.CheckoutState;
import io.groupbuy.core.port.CheckoutStore;
import io.groupbuy.store.StoreException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class MemoryCheckoutStore implements CheckoutStore {
    private final MemoryData data;
    private final MemoryStores tx;

    MemoryCheckoutStore(MemoryData data, MemoryStores tx) {
        this.data = data;
        this.tx = tx;
    }

    @Override
    public Checkout insert(Checkout c) {
        tx.change("insert checkout");
        requireOneActive(c.chat(), c.state(), 0, "insert checkout");
        MemoryStores.membersNotNull(c.lines(), CheckoutLine::member, "insert checkout",
                "checkout_lines.user_key");
        Checkout stored = new Checkout(data.next("checkouts"), c.chat(), c.startedBy(), c.state(), c.currency(),
                c.rateMicros(), c.createdAt(), c.updatedAt(), c.lines(), c.parts());
        data.checkouts.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<Checkout> find(long id) {
        return Optional.ofNullable(data.checkouts.get(id));
    }

    @Override
    public Optional<Checkout> active(ChatId chat) {
        return data.checkouts.descendingMap().values().stream()
                .filter(c -> c.chat().equals(chat) && c.state().isActive())
                .findFirst();
    }

    @Override
    public List<Checkout> inState(CheckoutState state) {
        return data.checkouts.values().stream().filter(c -> c.state() == state).toList();
    }

    @Override
    public void setState(long id, CheckoutState state, Instant at) {
        tx.change("set checkout state");
        Checkout c = existing(id, "set checkout state");
        requireOneActive(c.chat(), state, id, "set checkout state");
        data.checkouts.put(id, c.withState(state, at));
    }

    @Override
    public void saveReview(long id, List<CheckoutLine> lines, List<CheckoutPart> parts, Instant at) {
        tx.change("save checkout review");
        Checkout c = existing(id, "save checkout review");
        MemoryStores.membersNotNull(lines, CheckoutLine::member, "save checkout review",
                "checkout_lines.user_key");
        data.checkouts.put(id, new Checkout(id, c.chat(), c.startedBy(), c.state(), c.currency(), c.rateMicros(),
                c.createdAt(), at, lines, parts));
    }

    private Checkout existing(long id, String context) {
        Checkout c = data.checkouts.get(id);
        if (c == null) {
            throw StoreException.notFound(context, "checkout " + id);
        }
        return c;
    }

    /** The partial unique index checkouts_one_active. */
    private void requireOneActive(ChatId chat, CheckoutState state, long self, String context) {
        if (state.isActive() && data.checkouts.values().stream()
                .anyMatch(c -> c.id() != self && c.chat().equals(chat) && c.state().isActive())) {
            throw MemoryStores.constraint(context, "UNIQUE constraint failed: checkouts_one_active");
        }
    }
}
