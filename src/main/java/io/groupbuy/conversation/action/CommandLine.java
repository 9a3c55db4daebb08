package io.groupbuy.conversation.action;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "/search 连衣裙" → name "search", args "连衣裙". Names are case-insensitive; a few Thai/Chinese aliases.
 * Adapters strip this bot's own "@name"; a command still carrying one ("/start@OtherBot") is for
 * another bot in the group.
 */
public record CommandLine(String name, String args, boolean forAnotherBot) {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("ตะกร้า", "cart"), Map.entry("购物车", "cart"),
            Map.entry("ของฉัน", "mine"), Map.entry("我的", "mine"),
            Map.entry("ช่วยเหลือ", "help"), Map.entry("帮助", "help"),
            Map.entry("ค้นหา", "search"), Map.entry("搜索", "search"),
            Map.entry("ภาษา", "lang"), Map.entry("语言", "lang"), Map.entry("language", "lang"),
            Map.entry("สกุลเงิน", "currency"), Map.entry("货币", "currency"),
            Map.entry("สั่งซื้อ", "checkout"), Map.entry("结算", "checkout"),
            Map.entry("ออเดอร์", "orders"), Map.entry("订单", "orders"),
            Map.entry("จำนวน", "qty"), Map.entry("数量", "qty"));

    /** The command in a text, if it is one. */
    public static Optional<CommandLine> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() < 2 || t.charAt(0) != '/') {
            return Optional.empty();
        }
        int space = indexOfWhitespace(t);
        String name = (space < 0 ? t.substring(1) : t.substring(1, space)).toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        boolean elsewhere = at >= 0;
        if (elsewhere) {
            name = name.substring(0, at);
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String args = space < 0 ? "" : t.substring(space).strip();
        return Optional.of(new CommandLine(ALIASES.getOrDefault(name, name), args, elsewhere));
    }

    private static int indexOfWhitespace(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
