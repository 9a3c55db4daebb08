package io.groupbuy.testing;

import io.groupbuy.core.CartLine;
import io.groupbuy.core.CartState;
import io.groupbuy.core.Chat;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Checkout;
import io.groupbuy.core.Member;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatusChange;
import io.groupbuy.core.PriceChange;
import io.groupbuy.core.Refund;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.PendingNews;
import io.groupbuy.core.port.StoredButton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The tables of the fake. Values are immutable records, so a copy of the maps is a full snapshot. */
final class MemoryData {
    record MemberKey(ChatId chat, UserId user) {
    }

    record MemberRow(Member member, Instant firstSeen, Instant lastSeen) {
    }

    record CartStateRow(CartState state, Long checkoutId) {
    }

    final Map<ChatId, Chat> chats;
    final Map<MemberKey, MemberRow> members;
    final Map<MemberKey, Instant> admins;
    final Map<ChatId, CartStateRow> cartStates;
    final TreeMap<Long, CartLine> cartLines;
    final TreeMap<Long, Checkout> checkouts;
    final TreeMap<Long, Order> orders;
    final List<OrderStatusChange> history;
    final TreeMap<Long, PriceChange> priceChanges;
    final TreeMap<Long, Refund> refunds;
    final TreeMap<Long, InboxEvent> inbox;
    final Map<String, Instant> operations;
    final Map<String, StoredButton> buttons;
    /** News key to news, plus when it was sent (absent = unsent). */
    final TreeMap<String, PendingNews> outbox;
    final Map<String, Instant> outboxSent;
    private final Map<String, Long> sequences;

    MemoryData() {
        this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), new ArrayList<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new HashMap<>(), new HashMap<>(), new HashMap<>(), new TreeMap<>(), new HashMap<>());
    }

    private MemoryData(Map<ChatId, Chat> chats, Map<MemberKey, MemberRow> members, Map<MemberKey, Instant> admins,
                       Map<ChatId, CartStateRow> cartStates, TreeMap<Long, CartLine> cartLines,
                       TreeMap<Long, Checkout> checkouts, TreeMap<Long, Order> orders,
                       List<OrderStatusChange> history, TreeMap<Long, PriceChange> priceChanges,
                       TreeMap<Long, Refund> refunds, TreeMap<Long, InboxEvent> inbox, Map<String, Instant> operations,
                       Map<String, StoredButton> buttons, Map<String, Long> sequences,
                       TreeMap<String, PendingNews> outbox, Map<String, Instant> outboxSent) {
        this.chats = chats;
        this.members = members;
        this.admins = admins;
        this.cartStates = cartStates;
        this.cartLines = cartLines;
        this.checkouts = checkouts;
        this.orders = orders;
        this.history = history;
        this.priceChanges = priceChanges;
        this.refunds = refunds;
        this.inbox = inbox;
        this.operations = operations;
        this.buttons = buttons;
        this.sequences = sequences;
        this.outbox = outbox;
        this.outboxSent = outboxSent;
    }

    MemoryData copy() {
        return new MemoryData(new HashMap<>(chats), new HashMap<>(members), new HashMap<>(admins),
                new HashMap<>(cartStates), new TreeMap<>(cartLines), new TreeMap<>(checkouts), new TreeMap<>(orders),
                new ArrayList<>(history), new TreeMap<>(priceChanges), new TreeMap<>(refunds), new TreeMap<>(inbox),
                new HashMap<>(operations), new HashMap<>(buttons), new HashMap<>(sequences), new TreeMap<>(outbox),
                new HashMap<>(outboxSent));
    }

    /** Like an identity column: 1, 2, 3… per table, never reused within committed data. */
    long next(String table) {
        return sequences.merge(table, 1L, Long::sum);
    }
}
