package io.groupbuy.core.port;

import io.groupbuy.core.CartLine;
import io.groupbuy.core.CartState;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.NewCartLine;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The shared carts, one per chat. */
public interface CartStore {
    CartState state(ChatId chat);

    /** The checkout that froze the cart, if it is frozen. */
    Optional<Long> frozenBy(ChatId chat);

    void freeze(ChatId chat, long checkoutId, Instant at);

    void unfreeze(ChatId chat, Instant at);

    /** Lines in the order they were added. */
    List<CartLine> lines(ChatId chat);

    Optional<CartLine> line(long lineId);

    /** The line of this member for this SKU, if any (adding the same SKU again raises its quantity). */
    Optional<CartLine> findSame(ChatId chat, UserId member, ProductRef product, String skuKey);

    CartLine insert(NewCartLine line);

    /** Sets the quantity and bumps the line's version. */
    void updateQuantity(long lineId, int quantity, Instant at);

    void delete(long lineId);

    void deleteAll(Collection<Long> lineIds);

    int count(ChatId chat);

    /** Lines in all carts (for metrics). */
    long totalLines();
}
