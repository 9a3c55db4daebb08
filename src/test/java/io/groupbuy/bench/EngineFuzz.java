package io.groupbuy.bench;

import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Member;
import io.groupbuy.core.UserId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generated events straight into the conversation engine (real core, real SQLite): each chat has one
 * admin, who only does what admins do, and members who send anything at all, press any button they
 * can get hold of (their chat's, other chats', admin-only ones, other members' line buttons) and forge
 * the rest. After every event the store is read back: a member must never have changed admins,
 * checkouts, orders or another member's lines, and no event may change another chat.
 */
final class EngineFuzz {
    /** One chat of the run: its designated admin and members. */
    record FuzzChat(ChatId id, Member admin, List<Member> members) {
    }

    /** A button the bot showed somewhere. */
    record Seen(ChatId chat, String payload, String label) {
    }

    record Result(int events, long millis, int crashes, int emptyReplies, Map<String, Integer> kinds,
                  Map<String, Integer> violations, List<String> samples, String integrity, BenchLog.Counts log,
                  Map<String, Integer> store) {
        int violationCount() {
            return violations.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Random r;
    private final FuzzWorld world;
    private final BenchLog log;
    private final List<FuzzChat> chats = new ArrayList<>();
    private final Map<ChatId, List<Seen>> buttons = new HashMap<>();
    private final List<Seen> everywhere = new ArrayList<>();
    private final Map<String, Integer> kinds = new TreeMap<>();
    private final Map<String, Integer> violations = new TreeMap<>();
    private final List<String> samples = new ArrayList<>();
    private final Map<ChatId, FuzzWorld.ChatState> known = new HashMap<>();
    private Map<String, String> fingerprints = Map.of();
    /** Self-test of the model: admins' events are checked as if a member had sent them. */
    private final boolean checkAdminsToo = Boolean.getBoolean("fuzz.selfTest");
    private int crashes;
    private int emptyReplies;
    private long events;

    EngineFuzz(Path dir, long seed, BenchLog log) throws Exception {
        this.r = new Random(seed);
        this.world = new FuzzWorld(dir);
        this.log = log;
    }

    Result run(int n, int chatCount) throws Exception {
        log.mark();
        long start = System.nanoTime();
        setUp(chatCount);
        for (int i = 0; i < n; i++) {
            FuzzChat chat = chats.get(r.nextInt(chats.size()));
            int who = r.nextInt(100);
            if (who < 18) {
                event(chat, chat.admin(), adminContent(chat), true);
            } else {
                Member m = who < 97 ? chat.members().get(r.nextInt(chat.members().size()))
                        : new Member(UserId.of(chat.id().channel(), "outsider-" + r.nextInt(1000)), "Outsider");
                event(chat, renamed(m), memberContent(chat), false);
            }
            if (i % 500 == 499) {
                world.clock.advance(Duration.ofMinutes(1));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String integrity = world.integrity();
        Map<String, Integer> store = world.totals();
        world.close();
        return new Result((int) events, millis, crashes, emptyReplies, kinds, violations, samples, integrity,
                log.mark(), store);
    }

    private void setUp(int chatCount) {
        Channel[] channels = {Channel.TELEGRAM, Channel.LINE, Channel.PLAYGROUND};
        for (int c = 0; c < chatCount; c++) {
            Channel channel = channels[c % channels.length];
            ChatId id = ChatId.of(channel, channel == Channel.TELEGRAM ? Long.toString(-100_000 - c) : "G" + c);
            Member admin = new Member(UserId.of(channel, "admin-" + c), "Admin" + c);
            List<Member> members = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                members.add(new Member(UserId.of(channel, "m" + c + "-" + m), "Member" + c + m));
            }
            FuzzChat chat = new FuzzChat(id, admin, members);
            chats.add(chat);
            if (channel == Channel.TELEGRAM) {
                world.telegramAdmins.add(admin.id());
            } else {
                event(chat, admin, new Content.Text("/setup"), true);
            }
            for (Member m : members) {
                event(chat, m, new Content.Text(FuzzText.link(r, FuzzWorld.PRODUCT_IDS)), false);
            }
        }
        fingerprints = world.fingerprints();
    }

    /** Admins do what admins do: links, carts, checkouts, confirmations, cancellations, orders. */
    private Content adminContent(FuzzChat chat) {
        int k = r.nextInt(10);
        if (k < 2) {
            // confirm or cancel a checkout when one is offered: orders for members to try to touch
            return press(chat.id(), s -> s.label().startsWith("✅") || s.label().startsWith("✖"))
                    .orElse(new Content.Text("/checkout"));
        }
        if (k < 3) {
            return press(chat.id(), s -> true).orElse(new Content.Text("/cart"));
        }
        return new Content.Text(switch (k) {
            case 3, 4 -> FuzzText.link(r, FuzzWorld.PRODUCT_IDS);
            case 5 -> "/checkout";
            case 6 -> "/orders";
            case 7 -> "/mine";
            case 8 -> FuzzText.of(FuzzText.KINDS.get(r.nextInt(4) + 1), r, FuzzWorld.PRODUCT_IDS);
            default -> "/cart";
        });
    }

    /** Members send anything at all. */
    private Content memberContent(FuzzChat chat) {
        int k = r.nextInt(100);
        if (k < 25) {
            // a button of this chat: picks and quantities, but also other members' lines and admin-only ones
            return press(chat.id(), s -> true).orElse(new Content.Text(FuzzText.link(r, FuzzWorld.PRODUCT_IDS)));
        }
        if (k < 33) {
            // a real button of another chat
            if (!everywhere.isEmpty()) {
                Seen s = everywhere.get(r.nextInt(everywhere.size()));
                count("press: another chat's button");
                return new Content.ButtonPress(s.payload());
            }
        }
        if (k < 40) {
            count("press: forged payload");
            return new Content.ButtonPress(forgedPayload());
        }
        if (k < 45) {
            count("photo: random bytes");
            return new Content.Photo(FuzzText.photo(r), r.nextBoolean() ? "/search" : FuzzText.binary(r, 10));
        }
        if (k < 47) {
            count("service: joined / added");
            return r.nextBoolean() ? new Content.BotAdded() : new Content.MembersJoined(List.of(
                    new Member(UserId.of(chat.id().channel(), "joiner-" + r.nextInt(50)), FuzzText.name(r, "J"))));
        }
        String kind = FuzzText.KINDS.get(r.nextInt(FuzzText.KINDS.size()));
        count("text: " + kind);
        return new Content.Text(FuzzText.of(kind, r, FuzzWorld.PRODUCT_IDS));
    }

    private java.util.Optional<Content> press(ChatId chat, java.util.function.Predicate<Seen> which) {
        List<Seen> seen = buttons.getOrDefault(chat, List.of()).stream().filter(which).toList();
        if (seen.isEmpty()) {
            return java.util.Optional.empty();
        }
        Seen s = seen.get(r.nextInt(seen.size()));
        count("press: " + classify(s.label()));
        return java.util.Optional.of(new Content.ButtonPress(s.payload()));
    }

    private static String classify(String label) {
        if (label.startsWith("✅") || label.startsWith("✖") || label.toLowerCase().contains("checkout")
                || label.contains("#")) {
            return "admin-only or order button";
        }
        if (label.contains("−1") || label.contains("+1") || label.contains("🗑")) {
            return "line button";
        }
        return "pick, quantity or view";
    }

    private String forgedPayload() {
        return switch (r.nextInt(5)) {
            case 0 -> FuzzText.binary(r, 1 + r.nextInt(64));
            case 1 -> randomToken();
            case 2 -> "b:" + randomToken();
            case 3 -> "x".repeat(1 + r.nextInt(5000));
            default -> everywhere.isEmpty() ? "" : everywhere.get(r.nextInt(everywhere.size())).payload()
                    + FuzzText.binary(r, 2);
        };
    }

    private String randomToken() {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private Member renamed(Member m) {
        return r.nextInt(20) == 0 ? new Member(m.id(), FuzzText.name(r, m.displayName())) : m;
    }

    private void event(FuzzChat chat, Member who, Content content, boolean actorIsAdmin) {
        events++;
        String[] languages = {"th", "en", "zh", null, "xx-YY", "💩", "zh-Hant-TW"};
        Incoming in = new Incoming("fuzz:" + events, chat.id(), ChatKind.GROUP,
                r.nextInt(50) == 0 ? FuzzText.name(r, "Group") : "Group " + chat.id().id(), who,
                languages[r.nextInt(languages.length)], content, r.nextInt(4) != 0, world.clock.instant());
        FuzzWorld.ChatState before = known.computeIfAbsent(chat.id(), world::state);
        Reply reply;
        try {
            reply = world.engine.handle(in);
        } catch (Throwable t) {
            crashes++;
            sample("crash: " + t);
            return;
        }
        if (reply == null) {
            emptyReplies++;
        } else {
            remember(chat.id(), reply);
        }
        FuzzWorld.ChatState after = world.state(chat.id());
        known.put(chat.id(), after);
        Map<String, String> now = world.fingerprints();
        for (String key : union(fingerprints.keySet(), now.keySet())) {
            if (!key.equals(chat.id().key()) && !String.valueOf(fingerprints.get(key)).equals(
                    String.valueOf(now.get(key)))) {
                violation("an event in one chat changed another chat", in, key);
            }
        }
        fingerprints = now;
        if (!actorIsAdmin || checkAdminsToo) {
            check(in, who, before, after);
        }
    }

    /** What a member (not an admin) may change: their own lines, nothing else the model guards. */
    private void check(Incoming in, Member who, FuzzWorld.ChatState before, FuzzWorld.ChatState after) {
        String me = who.id().key();
        if (!before.admins().equals(after.admins())) {
            violation("a member changed who the admins are", in, before.admins() + " -> " + after.admins());
        }
        if (!before.checkouts().equals(after.checkouts())) {
            violation("a member started, confirmed or cancelled a checkout", in, before.checkouts() + " -> "
                    + after.checkouts());
        }
        if (!before.orders().equals(after.orders())) {
            violation("a member changed an order", in, before.orders() + " -> " + after.orders());
        }
        for (FuzzWorld.Line l : before.lines().values()) {
            if (!l.user().equals(me) && !l.equals(after.lines().get(l.id()))) {
                violation("a member changed another member's line", in, l + " -> " + after.lines().get(l.id()));
            }
        }
        for (FuzzWorld.Line l : after.lines().values()) {
            if (!before.lines().containsKey(l.id()) && !l.user().equals(me)) {
                violation("a member added a line in someone else's name", in, l.toString());
            }
        }
    }

    private void remember(ChatId chat, Reply reply) {
        List<Seen> pool = buttons.computeIfAbsent(chat, c -> new ArrayList<>());
        for (OutMessage m : reply.messages()) {
            for (Button b : buttonsOf(m)) {
                if (b.payload() != null) {
                    Seen s = new Seen(chat, b.payload(), b.label());
                    pool.add(s);
                    everywhere.add(s);
                }
            }
        }
        while (pool.size() > 400) {
            pool.remove(0);
        }
        while (everywhere.size() > 2000) {
            everywhere.remove(0);
        }
    }

    static List<Button> buttonsOf(OutMessage m) {
        List<List<Button>> rows = new ArrayList<>();
        if (m instanceof OutMessage.Text t) {
            rows.addAll(t.buttons());
            rows.add(t.quickReplies());
        } else if (m instanceof OutMessage.ProductCard c) {
            rows.addAll(c.buttons());
        } else if (m instanceof OutMessage.Cards cs) {
            cs.cards().forEach(c -> rows.addAll(c.buttons()));
        } else if (m instanceof OutMessage.Listing l) {
            rows.addAll(l.buttons());
        }
        return rows.stream().flatMap(List::stream).toList();
    }

    private void violation(String what, Incoming in, String detail) {
        violations.merge(what, 1, Integer::sum);
        sample(what + " [event " + in.eventId() + " in " + in.chat().key() + " by " + in.member().id().key() + ": "
                + describe(in.content()) + "]: " + detail);
    }

    private void sample(String s) {
        if (samples.size() < 20) {
            samples.add(s.length() > 400 ? s.substring(0, 400) + "…" : s);
        }
    }

    private static String describe(Content c) {
        if (c instanceof Content.Text t) {
            return "text " + FaultTally.oneLine(t.text());
        }
        if (c instanceof Content.ButtonPress p) {
            return "press " + FaultTally.oneLine(p.payload());
        }
        return c.getClass().getSimpleName();
    }

    private void count(String kind) {
        kinds.merge(kind, 1, Integer::sum);
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
