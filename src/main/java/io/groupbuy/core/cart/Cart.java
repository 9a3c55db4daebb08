package io.groupbuy.core.cart;

import io.groupbuy.core.CartLine;
import io.groupbuy.core.CartState;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A chat's cart as members see it: lines grouped by member, with subtotals and the total in fen. */
public record Cart(ChatId chat, CartState state, List<CartLine> lines) {
    public Cart {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public long totalFen() {
        return lines.stream().mapToLong(CartLine::subtotalFen).sum();
    }

    public int itemCount() {
        return lines.stream().mapToInt(CartLine::quantity).sum();
    }

    /** One member's part of the cart. */
    public record MemberLines(UserId member, String memberName, List<CartLine> lines) {
        public long subtotalFen() {
            return lines.stream().mapToLong(CartLine::subtotalFen).sum();
        }
    }

    /** Members in the order they first added something. */
    public List<MemberLines> byMember() {
        Map<UserId, List<CartLine>> grouped = new LinkedHashMap<>();
        for (CartLine l : lines) {
            grouped.computeIfAbsent(l.member(), k -> new ArrayList<>()).add(l);
        }
        List<MemberLines> result = new ArrayList<>();
        grouped.forEach((member, ls) -> result.add(new MemberLines(member, ls.get(ls.size() - 1).memberName(), ls)));
        return result;
    }

    public List<CartLine> linesOf(UserId member) {
        return lines.stream().filter(l -> l.member().equals(member)).toList();
    }
}
