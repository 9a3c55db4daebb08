package io.groupbuy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.bench.CrashData.LineKey;
import io.groupbuy.testing.telegram.InlineButton;
import io.groupbuy.testing.telegram.SentMessage;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The crash benchmark's checks: every update recorded once and finished; the carts (and, in order chats,
 * cart plus orders) equal the replay of the members' actions, line versions included; every acknowledged
 * add applied once; each order created once upstream and known to the bot. Prints each with PASS/FAIL.
 */
final class CrashVerifier {
    private final Report report;
    private final Path db;
    private final TelegramBotApiFake fake;
    private final String sandbox;
    private final List<GroupChats.Group> groups;
    private final CrashWorkload workload;
    private final Map<Long, ActionPicker.Action> pushed;
    private final List<CrashBench.Kill> kills;
    private final List<String> failures = new ArrayList<>();

    CrashVerifier(Report report, Path db, TelegramBotApiFake fake, String sandbox, List<GroupChats.Group> groups,
                  CrashWorkload workload, Map<Long, ActionPicker.Action> pushed, List<CrashBench.Kill> kills) {
        this.report = report;
        this.db = db;
        this.fake = fake;
        this.sandbox = sandbox;
        this.groups = groups;
        this.workload = workload;
        this.pushed = pushed;
        this.kills = kills;
    }

    void verify() throws SQLException {
        CrashData data = CrashData.read(db);
        inbox(data);
        CartModel model = replay(data);
        carts(data, model);
        acknowledged(data, model);
        orders(data);
        report.line("== verdict: %s", failures.isEmpty() ? "PASS" : "FAIL: " + failures);
    }

    private void check(boolean ok, String what) {
        report.line("%s %s", ok ? "PASS" : "FAIL", what);
        if (!ok) {
            failures.add(what);
        }
    }

    private void inbox(CrashData data) {
        Map<String, Long> states = new TreeMap<>();
        data.inbox.values().forEach(r -> states.merge(r.state(), 1L, Long::sum));
        long missing = pushed.keySet().stream().filter(id -> !data.inbox.containsKey(id)).count();
        long retried = data.inbox.values().stream().filter(r -> r.attempts() > 0).count();
        int rerun = kills.stream().mapToInt(k -> k.found().pendingWithEffect()).sum();
        int pendingAtKills = kills.stream().mapToInt(k -> k.found().pending()).sum();
        report.line("== updates: %d pushed, %d in the inbox %s, %d had failed attempts", pushed.size(),
                data.inbox.size(), states, retried);
        check(missing == 0 && data.inbox.size() == pushed.size(), "every pushed update recorded exactly once ("
                + missing + " missing; the inbox key is the update_id)");
        check(states.getOrDefault("DONE", 0L) == pushed.size(), "every update finished (DONE), none failed or"
                + " left pending");
        report.line("     at the %d kills %d updates were pending; %d of them had their effect stored but were not yet"
                + " marked done: handled again after the restart, their operation key kept the effect single",
                kills.size(), pendingAtKills, rerun);
    }

    private CartModel replay(CrashData data) {
        Map<Long, long[]> replyLine = new HashMap<>();
        Map<String, Integer> minimums = new HashMap<>();
        for (CrashData.Button b : data.buttons.values()) {
            if (Set.of("inc", "dec", "del").contains(b.act()) && b.args().get(2).equals("line")) {
                String[] rk = b.args().get(4).split(":");
                if (rk.length == 4 && rk[0].equals("line")) {
                    long u = Long.parseLong(rk[3]);
                    long version = b.args().number(1).orElse(-1);
                    replyLine.merge(u, new long[] {Long.parseLong(rk[1]), version},
                            (a, c) -> a[1] <= c[1] ? a : c);
                }
            } else if (b.act().equals("qty")) {
                minimums.merge(b.args().get(1), (int) b.args().number(3).orElse(1), Math::min);
            }
        }
        CartModel model = new CartModel(replyLine, minimums);
        Map<Long, Long> admins = new HashMap<>();
        groups.forEach(g -> admins.put(g.chatId(), g.admin().userId()));
        Set<Long> orderChats = new HashSet<>();
        groups.stream().filter(workload::isOrderChat).forEach(g -> orderChats.add(g.chatId()));
        List<Long> ids = new ArrayList<>(pushed.keySet());
        ids.sort(Long::compare);
        int unknownButtons = 0;
        for (long u : ids) {
            ActionPicker.Action a = pushed.get(u);
            if (a.data() == null) {
                continue;
            }
            CrashData.Button b = data.buttons.get(a.data().substring(2));
            if (b == null) {
                unknownButtons++;
                continue;
            }
            String chat = "telegram:" + a.chatId();
            String user = "telegram:" + a.userId();
            switch (b.act()) {
                case "qty" -> model.add(chat, u, user, b.args().get(1), b.args().get(2),
                        (int) b.args().number(3).orElse(0), orderChats.contains(a.chatId()));
                case "inc", "dec", "del" -> model.change(chat, u, user, admins.get(a.chatId()) == a.userId(), b.act(),
                        b.args().number(0).orElse(-1), b.args().number(1).orElse(-1));
                default -> { }
            }
        }
        report.line("== replay of the members' actions: %s", model.counts);
        check(unknownButtons == 0, "every pressed button is in the bot's button table (" + unknownButtons
                + " unknown)");
        check(model.anomalies.isEmpty(), "the bot's replies agree with the replay (line ids and versions) "
                + (model.anomalies.isEmpty() ? "" : model.anomalies.subList(0, Math.min(5,
                model.anomalies.size()))));
        return model;
    }

    private void carts(CrashData data, CartModel model) {
        Map<Long, String> orderChat = new HashMap<>();
        Set<Long> placed = new HashSet<>();
        data.orders.forEach(o -> {
            orderChat.put(o.id(), o.chat());
            if (!o.status().equals("NOT_PLACED") && !o.status().equals("PLACING")) {
                placed.add(o.id());
            }
        });
        int cartChats = 0;
        int orderChats = 0;
        List<String> wrong = new ArrayList<>();
        int lines = 0;
        for (GroupChats.Group g : groups) {
            String chat = "telegram:" + g.chatId();
            Map<LineKey, long[]> actual = new HashMap<>(); // quantity, version (-1 once ordered)
            data.cart.stream().filter(r -> r.chat().equals(chat))
                    .forEach(r -> actual.put(r.key(), new long[] {r.quantity(), r.version()}));
            boolean orders = workload.isOrderChat(g);
            if (orders) {
                data.orderLines.stream().filter(l -> placed.contains(l.orderId())
                        && orderChat.get(l.orderId()).equals(chat)).forEach(l -> actual.merge(l.key(),
                        new long[] {l.quantity(), -1}, (x, y) -> new long[] {x[0] + y[0], -1}));
                orderChats++;
            } else {
                cartChats++;
            }
            Map<LineKey, CartModel.Line> expected = model.lines(chat);
            lines += expected.size();
            Set<LineKey> keys = new HashSet<>(expected.keySet());
            keys.addAll(actual.keySet());
            for (LineKey k : keys) {
                CartModel.Line e = expected.get(k);
                long[] a = actual.get(k);
                boolean same = e != null && a != null && e.quantity + e.ordered == a[0]
                        && (a[1] == -1 || e.version == a[1]);
                if (!same) {
                    wrong.add(chat + " " + k + ": replay " + (e == null ? "none" : e.quantity + e.ordered + " v" + e.version)
                            + ", bot " + (a == null ? "none" : a[0] + (a[1] == -1 ? " (incl. ordered)" : " v" + a[1])));
                }
            }
        }
        report.line("== carts: %d cart chats, %d order chats, %d lines in the replay", cartChats, orderChats, lines);
        check(wrong.isEmpty(), "every chat's cart (plus its orders) equals the replay, quantities and line versions"
                + (wrong.isEmpty() ? "" : " " + wrong.size() + " differences, e.g. " + wrong.subList(0,
                Math.min(5, wrong.size()))));
    }

    /**
     * Adds whose "added" reply reached the chat (a message that began as "✅ … added …" with the line's
     * buttons): each must be one the replay applied, hence present exactly once. A message whose original
     * version is such a reply for an add that already had one is a reply sent twice.
     */
    private void acknowledged(CrashData data, CartModel model) {
        Map<Long, Set<String>> messagesPerAdd = new HashMap<>();
        for (GroupChats.Group g : groups) {
            for (SentMessage m : fake.sentMessages(g.chatId())) {
                String text = m.revisions().isEmpty() ? m.plainText() : m.revisions().get(0).plainText();
                List<List<InlineButton>> keyboard = m.revisions().isEmpty() ? m.inlineKeyboard()
                        : m.revisions().get(0).inlineKeyboard();
                if (text == null || !text.startsWith("✅")) {
                    continue;
                }
                for (InlineButton b : keyboard.stream().flatMap(List::stream).toList()) {
                    String token = b.callbackData() == null ? null : b.callbackData().substring(2);
                    CrashData.Button button = token == null ? null : data.buttons.get(token);
                    if (button != null && button.args().get(2).equals("line")
                            && button.args().get(4).startsWith("line:")) {
                        String[] rk = button.args().get(4).split(":");
                        messagesPerAdd.computeIfAbsent(Long.parseLong(rk[3]), k -> new HashSet<>())
                                .add(g.chatId() + "/" + m.messageId());
                    }
                }
            }
        }
        long notApplied = messagesPerAdd.keySet().stream().filter(u -> !model.appliedAdds.contains(u)).count();
        long duplicates = messagesPerAdd.values().stream().filter(s -> s.size() > 1).count();
        report.line("== acknowledged adds: %d of the %d applied adds had their \"added\" reply delivered",
                messagesPerAdd.size(), model.appliedAdds.size());
        check(notApplied == 0, "every acknowledged add is in the replay once, so present exactly once ("
                + notApplied + " not)");
        report.line("     \"added\" replies delivered twice (an add handled again after a kill when its first reply"
                + " was already out): %d", duplicates);
    }

    private void orders(CrashData data) {
        JsonNode stats = BenchHttp.get(sandbox + "/sandbox/admin/stats").json();
        JsonNode upstream = BenchHttp.get(sandbox + "/sandbox/admin/orders").json();
        Map<String, Integer> upstreamQuantity = new HashMap<>();
        for (JsonNode o : upstream) {
            int q = 0;
            for (JsonNode l : o.path("lines")) {
                q += l.path("quantity").asInt();
            }
            upstreamQuantity.merge(o.path("clientKey").asText(), q, Integer::sum);
        }
        long maxPerKey = 0;
        for (JsonNode n : stats.path("ordersPerClientKey")) {
            maxPerKey = Math.max(maxPerKey, n.asLong());
        }
        Map<String, Long> byStatus = new TreeMap<>();
        data.orders.forEach(o -> byStatus.merge(o.status(), 1L, Long::sum));
        report.line("== orders: bot %s; sandbox: %d created by %d create calls, at most %d per client key; members saw"
                + " %d checkouts placed", byStatus, stats.path("ordersCreated").asLong(),
                stats.path("createCalls").asLong(), maxPerKey, workload.ordersSeen());
        check(maxPerKey <= 1, "no order created twice upstream (orders per client key ≤ 1)");
        report.line("     checkouts: %s", data.checkouts);
        check(data.stuckCarts.isEmpty(), "no cart left frozen by a checkout that is not awaiting the admin"
                + (data.stuckCarts.isEmpty() ? "" : " " + data.stuckCarts));
        Map<Long, Integer> botQuantity = new HashMap<>();
        data.orderLines.forEach(l -> botQuantity.merge(l.orderId(), l.quantity(), Integer::sum));
        List<String> wrong = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (CrashData.OrderRow o : data.orders) {
            known.add(o.clientKey());
            boolean upstreamHas = upstreamQuantity.containsKey(o.clientKey());
            boolean placed = !o.status().equals("NOT_PLACED");
            if (o.status().equals("PLACING") || placed != upstreamHas
                    || (upstreamHas && !upstreamQuantity.get(o.clientKey()).equals(botQuantity.get(o.id())))) {
                wrong.add(o.clientKey() + " " + o.status() + " upstream=" + upstreamQuantity.get(o.clientKey()));
            }
        }
        long orphans = upstreamQuantity.keySet().stream().filter(k -> !known.contains(k)).count();
        check(wrong.isEmpty() && orphans == 0, "each bot order exists upstream once with the same quantities, each"
                + " upstream order is the bot's, none left PLACING (" + wrong.size() + " differ, " + orphans
                + " unknown upstream" + (wrong.isEmpty() ? "" : ", e.g. " + wrong.subList(0, Math.min(3,
                wrong.size()))) + ")");
    }
}
