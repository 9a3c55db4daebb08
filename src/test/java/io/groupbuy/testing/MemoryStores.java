package io.groupbuy.testing;

import io.groupbuy.core.port.ButtonStore;
import io.groupbuy.core.port.CartStore;
import io.groupbuy.core.port.ChatStore;
import io.groupbuy.core.port.CheckoutStore;
import io.groupbuy.core.port.InboxStore;
import io.groupbuy.core.port.OrderStore;
import io.groupbuy.core.port.OutboxStore;
import io.groupbuy.core.port.Stores;
import io.groupbuy.store.StoreException;
import java.util.List;
import java.util.function.Function;

/** The stores of one fake transaction over one {@link MemoryData}. */
final class MemoryStores implements Stores {
    private final boolean writable;
    private final MemoryChatStore chats;
    private final MemoryCartStore carts;
    private final MemoryCheckoutStore checkouts;
    private final MemoryOrderStore orders;
    private final MemoryInboxStore inbox;
    private final MemoryButtonStore buttons;
    private final MemoryOutboxStore outbox;

    MemoryStores(MemoryData data, boolean writable) {
        this.writable = writable;
        this.chats = new MemoryChatStore(data, this);
        this.carts = new MemoryCartStore(data, this);
        this.checkouts = new MemoryCheckoutStore(data, this);
        this.orders = new MemoryOrderStore(data, this);
        this.inbox = new MemoryInboxStore(data, this);
        this.buttons = new MemoryButtonStore(data, this);
        this.outbox = new MemoryOutboxStore(data, this);
    }

    boolean writable() {
        return writable;
    }

    /** Every change passes here first, as every SQL write fails on a query-only connection. */
    void change(String context) {
        if (!writable) {
            throw new StoreException(StoreException.Kind.READ_ONLY, context, "write inside a read transaction", null);
        }
    }

    static <T> T notNull(T value, String context, String column) {
        if (value == null) {
            throw new StoreException(StoreException.Kind.CONSTRAINT, context, "NOT NULL constraint failed: " + column,
                    null);
        }
        return value;
    }

    /** The member columns of line and share tables are NOT NULL. */
    static <R> void membersNotNull(List<R> rows, Function<R, ?> member, String context, String column) {
        rows.forEach(r -> notNull(member.apply(r), context, column));
    }

    static StoreException constraint(String context, String what) {
        return new StoreException(StoreException.Kind.CONSTRAINT, context, what, null);
    }

    @Override
    public ChatStore chats() {
        return chats;
    }

    @Override
    public CartStore carts() {
        return carts;
    }

    @Override
    public CheckoutStore checkouts() {
        return checkouts;
    }

    @Override
    public OrderStore orders() {
        return orders;
    }

    @Override
    public InboxStore inbox() {
        return inbox;
    }

    @Override
    public ButtonStore buttons() {
        return buttons;
    }

    @Override
    public OutboxStore outbox() {
        return outbox;
    }
}
