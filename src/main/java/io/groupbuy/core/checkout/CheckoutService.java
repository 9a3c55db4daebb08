package io.groupbuy.core.checkout;

import io.groupbuy.core.Actor;
import io.groupbuy.core.CartLine;
import io.groupbuy.core.Chat;
import io.groupbuy.core.Checkout;
import io.groupbuy.core.CheckoutLine;
import io.groupbuy.core.CheckoutPart;
import io.groupbuy.core.CheckoutState;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserError.Problem;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.port.MarketplaceGateway;
import io.groupbuy.core.port.OrderItem;
import io.groupbuy.core.port.Quote;
import io.groupbuy.core.port.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checkout (admin only): freezes the cart, re-checks every line's price and stock upstream and
 * previews freight, then shows each member's share for an admin to confirm or cancel. Nothing is
 * ordered here; a failure upstream unfreezes the cart and leaves nothing half-written.
 */
public final class CheckoutService {
    private final Transactions tx;
    private final MarketplaceGateway marketplace;
    private final ExchangeRates rates;
    private final Clock clock;

    public CheckoutService(Transactions tx, MarketplaceGateway marketplace, ExchangeRates rates, Clock clock) {
        this.tx = tx;
        this.marketplace = marketplace;
        this.rates = rates;
        this.clock = clock;
    }

    public CheckoutSummary start(Actor actor) {
        ChatService.requireAdmin(actor);
        Checkout checkout = tx.write(s -> {
            Optional<Checkout> active = s.checkouts().active(actor.chat());
            if (active.isPresent()) {
                if (active.get().state() == CheckoutState.AWAITING_CONFIRMATION) {
                    return active.get();
                }
                throw new UserError(Problem.CHECKOUT_IN_PROGRESS);
            }
            List<CartLine> lines = s.carts().lines(actor.chat());
            if (lines.isEmpty()) {
                throw new UserError(Problem.CART_EMPTY);
            }
            Chat chat = s.chats().find(actor.chat()).orElseThrow();
            long rate = rates.rate(chat.currency()).orElse(1_000_000L);
            List<CheckoutLine> snapshot = lines.stream().map(l -> new CheckoutLine(l.id(), l.member(),
                    l.memberName(), l.sku(), l.title(), l.skuDescription(), l.unitPriceFen(), l.unitPriceFen(),
                    l.quantity(), l.quantity(), false)).toList();
            Checkout created = s.checkouts().insert(new Checkout(0, actor.chat(), actor.user(),
                    CheckoutState.PREPARING, chat.currency(), rate, clock.instant(), clock.instant(), snapshot,
                    List.of()));
            s.carts().freeze(actor.chat(), created.id(), clock.instant());
            return created;
        });
        if (checkout.state() == CheckoutState.AWAITING_CONFIRMATION) {
            return CheckoutSummary.of(checkout);
        }
        return review(checkout);
    }

    private CheckoutSummary review(Checkout checkout) {
        List<CheckoutLine> reviewed = new ArrayList<>();
        List<CheckoutPart> parts = new ArrayList<>();
        try {
            for (Map.Entry<Marketplace, List<CheckoutLine>> group : byMarketplace(checkout.lines()).entrySet()) {
                Rechecked rechecked = recheck(group.getKey(), group.getValue());
                List<CheckoutLine> lines = rechecked.lines();
                reviewed.addAll(lines);
                List<CheckoutLine> orderable = lines.stream().filter(l -> !l.excluded()).toList();
                if (!orderable.isEmpty()) {
                    // Freight depends on what is actually ordered, so quote again without excluded lines.
                    Quote quote = lines.size() == orderable.size() ? rechecked.quote()
                            : marketplace.quote(group.getKey(), items(orderable));
                    long goods = orderable.stream().mapToLong(CheckoutLine::subtotalFen).sum();
                    parts.add(new CheckoutPart(group.getKey(), goods, quote.freightFen()));
                }
            }
        } catch (RuntimeException e) {
            abandon(checkout);
            throw e;
        }
        boolean orderable = parts.stream().anyMatch(p -> p.goodsFen() > 0);
        return tx.write(s -> {
            Checkout current = s.checkouts().find(checkout.id()).orElseThrow();
            if (current.state() != CheckoutState.PREPARING) {
                throw new UserError(Problem.CHECKOUT_STALE);
            }
            s.checkouts().saveReview(checkout.id(), reviewed, parts, clock.instant());
            if (orderable) {
                s.checkouts().setState(checkout.id(), CheckoutState.AWAITING_CONFIRMATION, clock.instant());
            } else {
                s.checkouts().setState(checkout.id(), CheckoutState.FAILED, clock.instant());
                s.carts().unfreeze(checkout.chat(), clock.instant());
            }
            return CheckoutSummary.of(s.checkouts().find(checkout.id()).orElseThrow());
        });
    }

    /** The re-checked lines and the quote they came from (reused when nothing was excluded). */
    private record Rechecked(List<CheckoutLine> lines, Quote quote) {
    }

    private Rechecked recheck(Marketplace market, List<CheckoutLine> lines) {
        Quote quote = marketplace.quote(market, items(lines));
        List<CheckoutLine> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            CheckoutLine l = lines.get(i);
            Quote.QuotedLine q = quotedLine(quote, i);
            long unit = q == null ? l.unitFen() : q.unitFen();
            int available = q == null ? 0 : q.available();
            boolean excluded = q == null || available < l.quantity();
            result.add(new CheckoutLine(l.cartLineId(), l.member(), l.memberName(), l.sku(), l.title(),
                    l.skuDescription(), l.addedUnitFen(), unit, l.quantity(), available, excluded));
        }
        return new Rechecked(result, quote);
    }

    private static Quote.QuotedLine quotedLine(Quote quote, int index) {
        return quote.lines().stream().filter(q -> q.index() == index).findFirst().orElse(null);
    }

    static List<OrderItem> items(List<CheckoutLine> lines) {
        return lines.stream().map(l -> new OrderItem(l.sku(), l.title(), l.quantity(), l.unitFen())).toList();
    }

    static Map<Marketplace, List<CheckoutLine>> byMarketplace(List<CheckoutLine> lines) {
        Map<Marketplace, List<CheckoutLine>> groups = new EnumMap<>(Marketplace.class);
        for (CheckoutLine l : lines) {
            groups.computeIfAbsent(l.marketplace(), k -> new ArrayList<>()).add(l);
        }
        return groups;
    }

    private void abandon(Checkout checkout) {
        tx.write(s -> {
            s.checkouts().setState(checkout.id(), CheckoutState.FAILED, clock.instant());
            s.carts().unfreeze(checkout.chat(), clock.instant());
            return null;
        });
    }

    public Optional<CheckoutSummary> summary(long checkoutId) {
        return tx.read(s -> s.checkouts().find(checkoutId)).map(CheckoutSummary::of);
    }

    /** Cancel before confirmation: the cart opens again unchanged. */
    public Checkout cancel(Actor actor, long checkoutId) {
        ChatService.requireAdmin(actor);
        return tx.write(s -> {
            Checkout c = s.checkouts().find(checkoutId).filter(x -> x.chat().equals(actor.chat()))
                    .orElseThrow(() -> new UserError(Problem.CHECKOUT_NOT_FOUND));
            if (c.state() != CheckoutState.AWAITING_CONFIRMATION) {
                throw new UserError(Problem.CHECKOUT_STALE);
            }
            s.checkouts().setState(c.id(), CheckoutState.CANCELLED, clock.instant());
            s.carts().unfreeze(c.chat(), clock.instant());
            return c.withState(CheckoutState.CANCELLED, clock.instant());
        });
    }
}
