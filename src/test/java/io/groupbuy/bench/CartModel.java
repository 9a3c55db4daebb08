package io.groupbuy.bench;

import io.groupbuy.bench.CrashData.LineKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The carts as the members' actions should have left them, replayed from the pushed updates in the order the
 * bot handles a chat's updates (update_id order): each quantity press adds once (refused above 99 per line,
 * below the item's minimum, or as a 61st line), each −1/+1/remove applies once to the line and version its
 * button showed (a stale button changes nothing), exactly the cart rules of CartService and LineEditAction.
 * Button meanings come from the bot's own button table; which line a button names is learned from the
 * "added" reply of the quantity press that made the line (its replace key carries that update's id).
 */
final class CartModel {
    static final int MAX_QUANTITY = 99;
    static final int MAX_LINES = 60;

    static final class Line {
        int quantity;
        long version;
        long lineId = -1;
        /** Taken into orders by earlier checkouts (order chats): the cart check adds the orders' lines. */
        int ordered;
        final int min;

        Line(int quantity, int min) {
            this.quantity = quantity;
            this.version = 1;
            this.min = min;
        }
    }

    /** Counters of what the replay did, and disagreements with what the bot recorded. */
    final Map<String, Integer> counts = new LinkedHashMap<>();
    final List<String> anomalies = new ArrayList<>();
    /** update_id of each quantity press the replay applied. */
    final java.util.Set<Long> appliedAdds = new java.util.HashSet<>();

    private final Map<String, Map<LineKey, Line>> chats = new HashMap<>();
    private final Map<Long, LineKey> lineOf = new HashMap<>();
    private final Map<Long, long[]> replyLine; // ADD update_id → {lineId, version} from its reply's buttons
    private final Map<String, Integer> minimums; // "taobao:ID" → minimum quantity

    CartModel(Map<Long, long[]> replyLine, Map<String, Integer> minimums) {
        this.replyLine = replyLine;
        this.minimums = minimums;
    }

    Map<LineKey, Line> lines(String chat) {
        return chats.getOrDefault(chat, Map.of());
    }

    /**
     * A quantity button pressed by {@code user} (update {@code updateId}): product, SKU key, quantity. In an
     * order chat a checkout may have taken the line into an order since the last add: the bot then made a
     * new line, which its reply names, and the replay starts a new line too.
     */
    void add(String chat, long updateId, String user, String product, String sku, int quantity, boolean orderChat) {
        Map<LineKey, Line> lines = chats.computeIfAbsent(chat, k -> new HashMap<>());
        LineKey key = new LineKey(user, product, sku);
        Line line = lines.get(key);
        long[] reply = replyLine.get(updateId);
        if (orderChat && line != null && reply != null && line.lineId != -1 && reply[0] != line.lineId) {
            line.ordered += line.quantity;
            line.quantity = 0;
            line.version = 0; // the new line starts at version 1 below
            count("lines taken into an order by a checkout");
        }
        int min = minimums.getOrDefault(product, 1);
        boolean fresh = line == null || line.quantity == 0;
        int total = quantity + (line == null ? 0 : line.quantity);
        String refused = total > MAX_QUANTITY ? "above cap" : total < min ? "below minimum"
                : fresh && lines.values().stream().filter(l -> l.quantity > 0).count() >= MAX_LINES ? "cart full" : null;
        if (refused != null) {
            count("add refused (" + refused + ")");
            if (reply != null) {
                anomalies.add("update " + updateId + ": the replay refused an add (" + refused
                        + ") that the bot applied");
            }
            return;
        }
        if (line == null) {
            line = new Line(total, min);
            lines.put(key, line);
        } else {
            line.quantity = total;
            line.version++;
        }
        count("adds applied");
        appliedAdds.add(updateId);
        if (reply == null) {
            anomalies.add("update " + updateId + ": an add the replay applied has no \"added\" reply in the bot");
            return;
        }
        if (reply[1] != line.version) {
            anomalies.add("update " + updateId + ": version " + reply[1] + " in the bot, " + line.version
                    + " in the replay");
        }
        line.lineId = reply[0];
        lineOf.put(reply[0], key);
    }

    /** −1 ("dec"), +1 ("inc") or remove ("del") on the line and version a button showed. */
    void change(String chat, long updateId, String user, boolean admin, String act, long lineId, long version) {
        LineKey key = lineOf.get(lineId);
        if (key == null) {
            anomalies.add("update " + updateId + ": a change of line " + lineId + " that no add made");
            return;
        }
        Map<LineKey, Line> lines = chats.computeIfAbsent(chat, k -> new HashMap<>());
        Line line = lines.get(key);
        if (line == null || line.lineId != lineId) {
            count("changes of a removed line (no effect)");
            return;
        }
        if (!key.user().equals(user) && !admin) {
            count("changes of another member's line (refused)");
            return;
        }
        if (line.version != version) {
            count("changes from a stale button (no effect)");
            return;
        }
        switch (act) {
            case "inc" -> {
                if (line.quantity + 1 > MAX_QUANTITY) {
                    count("+1 refused (above cap)");
                    return;
                }
                line.quantity++;
                line.version++;
            }
            case "dec" -> {
                if (line.quantity - 1 < line.min) {
                    lines.remove(key);
                } else {
                    line.quantity--;
                    line.version++;
                }
            }
            default -> lines.remove(key);
        }
        count("changes applied (" + act + ")");
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }
}
