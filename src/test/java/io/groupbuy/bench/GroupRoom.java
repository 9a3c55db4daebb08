package io.groupbuy.bench;

import io.groupbuy.core.Language;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One playground group with three members (Thai, English, Chinese) and an admin, doing what a group
 * does: paste links, pick options, look at the cart, check out, confirm, look at orders. Each action
 * waits for its answer and is recorded in a {@link FaultTally}.
 */
final class GroupRoom {
    /** A member of the room and the language their answers must be in. */
    record Member(String name, String id, Language language, boolean admin) {
    }

    static final Duration ANSWER_WAIT = Duration.ofSeconds(120);

    final String room;
    final List<Member> members;
    final Member admin;
    private final PlaygroundClient pg;

    private GroupRoom(PlaygroundClient pg, String room, List<Member> members, Member admin) {
        this.pg = pg;
        this.room = room;
        this.members = members;
        this.admin = admin;
    }

    static GroupRoom create(PlaygroundClient pg, int n) {
        String room = pg.createRoom("Fault group " + n);
        Language[] adminLanguages = {Language.EN, Language.TH, Language.ZH};
        Language adminLanguage = adminLanguages[n % adminLanguages.length];
        List<Member> members = List.of(
                member(pg, room, "Anong" + n, Language.TH, false),
                member(pg, room, "Ben" + n, Language.EN, false),
                member(pg, room, "Chen" + n, Language.ZH, false));
        Member admin = member(pg, room, "Dao" + n, adminLanguage, true);
        return new GroupRoom(pg, room, members, admin);
    }

    private static Member member(PlaygroundClient pg, String room, String name, Language language, boolean admin) {
        return new Member(name, pg.addMember(room, name, language.code(), admin), language, admin);
    }

    PlaygroundClient.Turn say(Member m, String text, FaultTally tally) {
        PlaygroundClient.Turn t = pg.say(room, m.id(), text, ANSWER_WAIT);
        tally.record(t, m.language());
        return t;
    }

    PlaygroundClient.Turn press(Member m, String label, String payload, FaultTally tally) {
        PlaygroundClient.Turn t = pg.press(room, m.id(), label, payload, ANSWER_WAIT);
        tally.record(t, m.language());
        return t;
    }

    /**
     * Pastes a link to an item nobody looked at yet (so PandaPon is asked, not the bot's product cache)
     * and picks options until the line is in the cart. Returns null when it was added, else what the
     * bot said last.
     */
    String addFreshItem(Member m, FaultTally tally) {
        String link = freshLink();
        PlaygroundClient.Turn t = say(m, link, tally);
        Map<String, String> offered = new java.util.LinkedHashMap<>(t.buttons());
        for (int presses = 0; presses < 10; presses++) {
            if (offered.containsKey("−1")) {
                return null;
            }
            Map.Entry<String, String> next = nextPick(offered);
            if (next == null) {
                break;
            }
            t = press(m, next.getKey(), next.getValue(), tally);
            if (t.buttons().isEmpty()) {
                offered.remove(next.getKey()); // a sold-out value only gets a toast: try the next one
            } else {
                offered = new java.util.LinkedHashMap<>(t.buttons());
            }
        }
        return t.buttons().containsKey("−1") ? null
                : link + " -> " + t.what() + " -> " + FaultTally.oneLine(t.text()) + " " + t.buttons().keySet();
    }

    /** The smallest quantity button, else the first option value (not "start over", not "more"). */
    private static Map.Entry<String, String> nextPick(Map<String, String> buttons) {
        Map.Entry<String, String> smallest = null;
        for (Map.Entry<String, String> b : buttons.entrySet()) {
            if (b.getKey().matches("\\d{1,3}") && (smallest == null
                    || Integer.parseInt(b.getKey()) < Integer.parseInt(smallest.getKey()))) {
                smallest = b;
            }
        }
        if (smallest != null) {
            return smallest;
        }
        for (Map.Entry<String, String> b : buttons.entrySet()) {
            if (!b.getKey().startsWith("↺") && !b.getKey().contains("›")) {
                return b;
            }
        }
        return null;
    }

    /**
     * The admin checks out and confirms when the summary offers it. Returns the confirmation's answer
     * text, or null when no confirm button came.
     */
    String checkoutAndConfirm(FaultTally tally) {
        PlaygroundClient.Turn t = say(admin, "/checkout", tally);
        Map.Entry<String, String> confirm = t.buttons().entrySet().stream()
                .filter(b -> b.getKey().startsWith("✅")).findFirst().orElse(null);
        if (confirm == null) {
            return null;
        }
        return press(admin, confirm.getKey(), confirm.getValue(), tally).text();
    }

    /** A well-formed id of an item no one asked for yet: the sandbox makes a synthetic item for it. */
    static String freshLink() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        if (r.nextInt(3) == 0) {
            return "https://detail.1688.com/offer/" + (600_000_000_000L + r.nextLong(300_000_000_000L)) + ".html";
        }
        return "https://item.taobao.com/item.htm?id=" + (500_000_000_000L + r.nextLong(400_000_000_000L));
    }
}
