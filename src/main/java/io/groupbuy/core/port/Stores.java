package io.groupbuy.core.port;

/** The stores as seen from inside one transaction. */
public interface Stores {
    ChatStore chats();

    CartStore carts();

    CheckoutStore checkouts();

    OrderStore orders();

    InboxStore inbox();

    ButtonStore buttons();

    OutboxStore outbox();
}
