package io.groupbuy.store;

import io.groupbuy.core.port.ButtonStore;
import io.groupbuy.core.port.CartStore;
import io.groupbuy.core.port.ChatStore;
import io.groupbuy.core.port.CheckoutStore;
import io.groupbuy.core.port.InboxStore;
import io.groupbuy.core.port.OrderStore;
import io.groupbuy.core.port.OutboxStore;
import io.groupbuy.core.port.Stores;
import org.jdbi.v3.core.Handle;

/** The stores of one transaction, all on its handle; they must not be kept past the transaction. */
final class JdbiStores implements Stores {
    private final Handle handle;
    private final JdbiChatStore chats;
    private final JdbiCartStore carts;
    private final JdbiCheckoutStore checkouts;
    private final JdbiOrderStore orders;
    private final JdbiInboxStore inbox;
    private final JdbiButtonStore buttons;
    private final JdbiOutboxStore outbox;

    JdbiStores(Handle handle) {
        this.handle = handle;
        this.chats = new JdbiChatStore(handle);
        this.carts = new JdbiCartStore(handle);
        this.checkouts = new JdbiCheckoutStore(handle);
        this.orders = new JdbiOrderStore(handle);
        this.inbox = new JdbiInboxStore(handle);
        this.buttons = new JdbiButtonStore(handle);
        this.outbox = new JdbiOutboxStore(handle);
    }

    Handle handle() {
        return handle;
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
