package io.groupbuy.core.cart;

import io.groupbuy.core.Actor;
import io.groupbuy.core.CartLine;
import io.groupbuy.core.CartState;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.NewCartLine;
import io.groupbuy.core.Product;
import io.groupbuy.core.Sku;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserError.Problem;
import io.groupbuy.core.port.Stores;
import io.groupbuy.core.port.Transactions;
import java.time.Clock;
import java.util.Optional;

/**
 * The shared cart of a chat. Every change is one write transaction that re-reads what it changes, so
 * concurrent members never lose each other's updates; an operation key (the inbound event's id) makes
 * a change apply once even when the event is handled again after a crash.
 */
public final class CartService {
    private final Transactions tx;
    private final CartLimits limits;
    private final Clock clock;

    public CartService(Transactions tx, CartLimits limits, Clock clock) {
        this.tx = tx;
        this.limits = limits;
        this.clock = clock;
    }

    public CartLimits limits() {
        return limits;
    }

    /** What an add did: the line as it now stands, and whether it merged into an existing line. */
    public record Added(CartLine line, boolean merged, boolean alreadyApplied) {
    }

    /**
     * Adds {@code quantity} of a SKU for the actor; the same member adding the same SKU again raises
     * the quantity of their line. Checks stock, the item's minimum and the caps.
     */
    public Added add(Actor actor, Product product, Sku sku, int quantity, String operationKey) {
        if (quantity < 1) {
            throw new UserError(Problem.QUANTITY_INVALID, quantity);
        }
        if (sku.stock() <= 0) {
            throw new UserError(Problem.OUT_OF_STOCK, sku.description());
        }
        return tx.write(s -> {
            if (operationKey != null && !s.inbox().claimOperation(operationKey, clock.instant())) {
                Optional<CartLine> same = s.carts().findSame(actor.chat(), actor.user(), product.ref(), sku.key());
                return new Added(same.orElse(null), true, true);
            }
            requireOpen(s, actor.chat());
            Optional<CartLine> same = s.carts().findSame(actor.chat(), actor.user(), product.ref(), sku.key());
            int total = quantity + same.map(CartLine::quantity).orElse(0);
            checkQuantity(total, sku.stock(), product.minQuantity());
            if (same.isPresent()) {
                s.carts().updateQuantity(same.get().id(), total, clock.instant());
                return new Added(s.carts().line(same.get().id()).orElseThrow(), true, false);
            }
            if (s.carts().count(actor.chat()) >= limits.maxLinesPerCart()) {
                throw new UserError(Problem.CART_FULL, limits.maxLinesPerCart());
            }
            CartLine line = s.carts().insert(new NewCartLine(actor.chat(), actor.user(), actor.displayName(),
                    product.skuRef(sku), product.title(), sku.description(),
                    sku.pictureUrl() != null ? sku.pictureUrl() : product.picture().orElse(null),
                    sku.unitPriceFen(), total, product.minQuantity(), clock.instant()));
            return new Added(line, false, false);
        });
    }

    public Cart view(ChatId chat) {
        return tx.read(s -> new Cart(chat, s.carts().state(chat), s.carts().lines(chat)));
    }

    public Optional<CartLine> line(ChatId chat, long lineId) {
        return tx.read(s -> s.carts().line(lineId).filter(l -> l.chat().equals(chat)));
    }

    /**
     * Sets a line's quantity (0 removes it). Members change their own lines; admins anyone's.
     * {@code expectedVersion} (when not negative) rejects a change made from a stale button.
     */
    public Optional<CartLine> setQuantity(Actor actor, long lineId, int quantity, long expectedVersion,
                                          String operationKey) {
        if (quantity < 0) {
            throw new UserError(Problem.QUANTITY_INVALID, quantity);
        }
        return tx.write(s -> {
            CartLine line = ownedLine(s, actor, lineId);
            if (operationKey != null && !s.inbox().claimOperation(operationKey, clock.instant())) {
                return s.carts().line(lineId);
            }
            if (expectedVersion >= 0 && line.version() != expectedVersion) {
                throw new UserError(Problem.STALE_BUTTON);
            }
            requireOpen(s, actor.chat());
            if (quantity == 0) {
                s.carts().delete(lineId);
                return Optional.empty();
            }
            checkQuantity(quantity, Integer.MAX_VALUE, line.minQuantity());
            s.carts().updateQuantity(lineId, quantity, clock.instant());
            return s.carts().line(lineId);
        });
    }

    /** Raises or lowers a line by {@code delta} (buttons "+1" / "−1"); reaching 0 removes it. */
    public Optional<CartLine> adjust(Actor actor, long lineId, int delta, String operationKey) {
        return tx.write(s -> {
            CartLine line = ownedLine(s, actor, lineId);
            if (operationKey != null && !s.inbox().claimOperation(operationKey, clock.instant())) {
                return s.carts().line(lineId);
            }
            requireOpen(s, actor.chat());
            int quantity = line.quantity() + delta;
            if (quantity < line.minQuantity()) {
                s.carts().delete(lineId);
                return Optional.empty();
            }
            checkQuantity(quantity, Integer.MAX_VALUE, line.minQuantity());
            s.carts().updateQuantity(lineId, quantity, clock.instant());
            return s.carts().line(lineId);
        });
    }

    public CartLine remove(Actor actor, long lineId, String operationKey) {
        return tx.write(s -> {
            CartLine line = ownedLine(s, actor, lineId);
            if (operationKey != null && !s.inbox().claimOperation(operationKey, clock.instant())) {
                return line;
            }
            requireOpen(s, actor.chat());
            s.carts().delete(lineId);
            return line;
        });
    }

    private CartLine ownedLine(Stores s, Actor actor, long lineId) {
        CartLine line = s.carts().line(lineId).filter(l -> l.chat().equals(actor.chat()))
                .orElseThrow(() -> new UserError(Problem.LINE_NOT_FOUND));
        if (!line.member().equals(actor.user()) && !actor.isAdmin()) {
            throw new UserError(Problem.NOT_YOUR_LINE, line.memberName());
        }
        return line;
    }

    private static void requireOpen(Stores s, ChatId chat) {
        if (s.carts().state(chat) == CartState.FROZEN) {
            throw new UserError(Problem.CART_FROZEN);
        }
    }

    private void checkQuantity(int quantity, int stock, int minimum) {
        if (quantity > limits.maxQuantityPerLine()) {
            throw new UserError(Problem.QUANTITY_ABOVE_CAP, limits.maxQuantityPerLine());
        }
        if (quantity > stock) {
            throw new UserError(Problem.NOT_ENOUGH_STOCK, stock);
        }
        if (quantity < minimum) {
            throw new UserError(Problem.BELOW_MINIMUM, minimum);
        }
    }
}
