package io.groupbuy.conversation.view;

import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.RichText;
import io.groupbuy.conversation.render.LineText;
import io.groupbuy.core.CartLine;
import io.groupbuy.core.cart.Cart;
import java.util.List;

/**
 * One cart line after someone added or changed it: who has what, the line's subtotal and the cart's
 * total, with [View cart] [−1] [+1] [Remove]. Edits of the line replace this message.
 */
public final class LineView {
    /** The view argument of line buttons pressed on this message. */
    public static final String VIEW = "line";

    private LineView() {
    }

    public static OutMessage added(ChatView v, CartLine line, boolean merged, Cart cart, String replaceKey) {
        String head = merged
                ? v.t("added.merged", line.memberName(), text(line), v.money().both(line.subtotalFen()))
                : v.t("added.new", line.memberName(), text(line), v.money().both(line.subtotalFen()));
        return message(v, head, line, cart, replaceKey);
    }

    public static OutMessage changed(ChatView v, CartLine line, Cart cart, String replaceKey) {
        String head = v.t("line.now", line.memberName(), text(line), v.money().both(line.subtotalFen()));
        return message(v, head, line, cart, replaceKey);
    }

    public static OutMessage removed(ChatView v, CartLine line, Cart cart, String replaceKey) {
        RichText text = RichText.builder().line(v.t("line.removed", line.memberName(), text(line)))
                .plain(total(v, cart)).build();
        return new OutMessage.Text(text, List.of(List.of(v.button(v.t("btn.cart"), Act.CART))), List.of(),
                replaceKey);
    }

    private static OutMessage message(ChatView v, String head, CartLine line, Cart cart, String replaceKey) {
        RichText text = RichText.builder().line(head).plain(total(v, cart)).build();
        Object[] args = {line.id(), line.version(), VIEW, line.member().key(), replaceKey};
        List<Button> row = List.of(v.button(v.t("btn.cart"), Act.CART),
                v.button(v.t("btn.dec"), Act.LINE_DEC, args),
                v.button(v.t("btn.inc"), Act.LINE_INC, args),
                v.button(v.t("btn.del"), Act.LINE_DEL, args));
        return new OutMessage.Text(text, List.of(row), List.of(), replaceKey);
    }

    static String text(CartLine line) {
        return LineText.of(line.quantity(), line.title(), line.skuDescription());
    }

    static String total(ChatView v, Cart cart) {
        return v.t("cart.total", cart.itemCount(), v.money().both(cart.totalFen()));
    }
}
