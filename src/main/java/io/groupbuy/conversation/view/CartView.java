package io.groupbuy.conversation.view;

import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.OutMessage.Item;
import io.groupbuy.conversation.model.OutMessage.Section;
import io.groupbuy.conversation.render.LineText;
import io.groupbuy.core.CartLine;
import io.groupbuy.core.CartState;
import io.groupbuy.core.UserId;
import io.groupbuy.core.cart.Cart;
import java.util.ArrayList;
import java.util.List;

/** The shared cart by member (/cart) and one member's own lines with their buttons (/mine). */
public final class CartView {
    /** Lines of /mine that get −1/+1/remove buttons (three buttons each; keyboards stay small). */
    static final int MAX_EDITABLE = 10;

    private CartView() {
    }

    public static OutMessage cart(ChatView v, Cart cart) {
        if (cart.isEmpty()) {
            return OutMessage.Text.of(v.t("cart.empty"));
        }
        List<Section> sections = new ArrayList<>();
        for (Cart.MemberLines m : cart.byMember()) {
            List<Item> items = m.lines().stream().map(l -> item(v, l)).toList();
            sections.add(new Section(m.memberName(), Trim.items(v, items),
                    v.t("cart.subtotal", v.money().both(m.subtotalFen()))));
        }
        List<String> footer = new ArrayList<>();
        footer.add(v.t("cart.total", cart.itemCount(), v.money().both(cart.totalFen())));
        if (cart.state() == CartState.FROZEN) {
            footer.add(v.t("cart.frozen_note"));
        }
        List<Button> row = List.of(v.button(v.t("btn.mine"), Act.MINE),
                v.button(v.t("btn.checkout"), Act.CHECKOUT));
        return new OutMessage.Listing(v.t("cart.title"), sections, footer, List.of(row), null);
    }

    static Item item(ChatView v, CartLine l) {
        return new Item(LineText.of(l.quantity(), l.title(), l.skuDescription()), v.money().cny(l.subtotalFen()),
                null);
    }

    /** One member's lines, each with −1 / +1 / remove; {@code replaceKey} lets a press edit this list. */
    public static OutMessage mine(ChatView v, Cart cart, UserId member, String memberName, String replaceKey) {
        List<CartLine> lines = cart.linesOf(member);
        if (lines.isEmpty()) {
            return new OutMessage.Text(richOf(v.t("mine.empty", memberName)), List.of(), List.of(), replaceKey);
        }
        List<Item> items = new ArrayList<>();
        List<List<Button>> rows = new ArrayList<>();
        long subtotal = 0;
        for (int i = 0; i < lines.size(); i++) {
            CartLine l = lines.get(i);
            subtotal += l.subtotalFen();
            int n = i + 1;
            items.add(new Item(n + ". " + LineText.of(l.quantity(), l.title(), l.skuDescription()),
                    v.money().cny(l.subtotalFen()), null));
            if (i < MAX_EDITABLE) {
                Object[] args = {l.id(), l.version(), "mine", member.key(), replaceKey};
                rows.add(List.of(v.button(v.t("btn.dec_n", n), Act.LINE_DEC, args),
                        v.button(v.t("btn.inc_n", n), Act.LINE_INC, args),
                        v.button(v.t("btn.del_n", n), Act.LINE_DEL, args)));
            }
        }
        rows.add(List.of(v.button(v.t("btn.cart"), Act.CART)));
        List<String> footer = new ArrayList<>();
        if (lines.size() > MAX_EDITABLE) {
            footer.add(v.t("mine.more_lines", MAX_EDITABLE));
        }
        Section section = new Section(memberName, Trim.items(v, items),
                v.t("cart.subtotal", v.money().both(subtotal)));
        return new OutMessage.Listing(v.t("mine.title", memberName), List.of(section), footer, rows, replaceKey);
    }

    static io.groupbuy.conversation.model.RichText richOf(String text) {
        return io.groupbuy.conversation.model.RichText.plain(text);
    }
}
