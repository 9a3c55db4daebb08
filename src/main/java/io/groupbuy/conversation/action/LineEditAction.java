package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.ButtonArgs;
import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.CartView;
import io.groupbuy.conversation.view.LineView;
import io.groupbuy.core.CartLine;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserId;
import io.groupbuy.core.cart.Cart;
import io.groupbuy.core.cart.CartService;
import java.util.Optional;

/**
 * [−1] [+1] [Remove] on a line (under an "added" message or in /mine). The button names the line and
 * the version it showed; a line changed since gets "out of date" with its fresh state instead of a
 * change nobody saw. Members change their own lines, admins anyone's (the core decides).
 */
public final class LineEditAction implements ButtonAction {
    private final CartService carts;

    public LineEditAction(CartService carts) {
        this.carts = carts;
    }

    @Override
    public Reply press(Turn turn, Press press) {
        ButtonArgs a = press.args();
        if (a.number(0).isEmpty() || a.number(1).isEmpty()) {
            return turn.say(turn.t("button.expired"));
        }
        long lineId = a.number(0).getAsLong();
        long version = a.number(1).getAsLong();
        String view = a.get(2);
        String replaceKey = a.get(4).isEmpty() ? null : a.get(4);
        Optional<CartLine> current = carts.line(turn.chat().id(), lineId);
        if (current.isEmpty()) {
            return Reply.of(OutMessage.Text.of(turn.t("stale.line_gone")),
                    fresh(turn, view, owner(a.get(3), turn), replaceKey, null));
        }
        CartLine line = current.get();
        if (line.version() != version) {
            return Reply.of(OutMessage.Text.of(turn.t("stale.line_changed")),
                    fresh(turn, view, line.member(), replaceKey, line));
        }
        int quantity = switch (press.act()) {
            case LINE_INC -> line.quantity() + 1;
            case LINE_DEC -> line.quantity() - 1 < line.minQuantity() ? 0 : line.quantity() - 1;
            default -> 0;
        };
        Optional<CartLine> after;
        try {
            after = carts.setQuantity(turn.actor(), lineId, quantity, version, turn.operationKey());
        } catch (UserError e) {
            if (e.problem() != UserError.Problem.STALE_BUTTON) {
                throw e;
            }
            CartLine now = carts.line(turn.chat().id(), lineId).orElse(null);
            return Reply.of(OutMessage.Text.of(turn.t("stale.line_changed")),
                    fresh(turn, view, line.member(), replaceKey, now));
        }
        Cart cart = carts.view(turn.chat().id());
        if (view.equals(LineView.VIEW)) {
            return Reply.of(after.map(l -> LineView.changed(turn.view(), l, cart, replaceKey))
                    .orElseGet(() -> LineView.removed(turn.view(), line, cart, replaceKey)));
        }
        return Reply.of(CartView.mine(turn.view(), cart, line.member(), line.memberName(), replaceKey));
    }

    private OutMessage fresh(Turn turn, String view, UserId owner, String replaceKey, CartLine line) {
        Cart cart = carts.view(turn.chat().id());
        if (view.equals(LineView.VIEW)) {
            return line != null ? LineView.changed(turn.view(), line, cart, replaceKey)
                    : CartView.cart(turn.view(), cart);
        }
        String name = cart.linesOf(owner).stream().map(CartLine::memberName).findFirst()
                .orElse(owner.equals(turn.actor().user()) ? turn.actor().displayName() : owner.id());
        return CartView.mine(turn.view(), cart, owner, name, replaceKey);
    }

    private static UserId owner(String key, Turn turn) {
        try {
            return UserId.parse(key);
        } catch (IllegalArgumentException e) {
            return turn.actor().user();
        }
    }
}
