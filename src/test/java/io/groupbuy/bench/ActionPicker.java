package io.groupbuy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.testing.telegram.InlineButton;
import io.groupbuy.testing.telegram.SentMessage;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a member does next, decided from what the bot has shown in the chat so far (the fake's record of
 * delivered messages): paste a product link, pick an option or a quantity on a product card, change one
 * of their lines, look at the cart or their lines, or, as the admin, check out and confirm. An action
 * that needs a button nobody has been shown yet becomes a paste (the reply backlog decides how often).
 */
final class ActionPicker implements OpenLoopDriver.Chooser {
    enum Kind { PASTE, PICK, ADD, CHANGE, CART, MINE, CHECKOUT, CONFIRM, CHATTER }

    /** The update a member sends; {@code push} queues it in the fake and returns its update_id. */
    record Action(Kind kind, long chatId, long userId, String label, String data, ThrowingPush push) {
    }

    @FunctionalInterface
    interface ThrowingPush {
        long push(TelegramBotApiFake fake);
    }

    private static final String[] CHATTER = {"haha ok, who is in for the next order? 😄",
        "I'll take two of those", "สวยมาก อยากได้สีแดง", "这个颜色好看吗？", "when does the parcel arrive?",
        "same size as last time?",
        "ok 👍", "can someone check the shipping price", "ขอบคุณค่ะ", "lol"};

    private final Map<Kind, Integer> weights;
    private final int totalWeight;
    private final List<String> links;
    private final Random random;

    ActionPicker(Map<Kind, Integer> weights, List<String> links, long seed) {
        this.weights = new EnumMap<>(weights);
        this.totalWeight = weights.values().stream().mapToInt(Integer::intValue).sum();
        this.links = List.copyOf(links);
        this.random = new Random(seed);
    }

    /**
     * Named mixes, weights per 1000 updates. "realistic": a group-buy chat is mostly people talking (the
     * bot reads it and stays quiet); 5 % are links, button presses and commands it answers, which at 500
     * updates/s is the ~25 answers a second Telegram lets a bot send. "commands": every update asks for an
     * answer (the bot cannot answer them all: the stress case). SHOP is a member carrying on with their
     * purchase from what the chat shows (see {@link #shop}).
     */
    static Map<Kind, Integer> profile(String name) {
        Map<Kind, Integer> mix = new EnumMap<>(Kind.class);
        switch (name) {
            case "realistic" -> {
                mix.put(Kind.CHATTER, 950);
                mix.put(Kind.PASTE, 40); // stands for SHOP
                mix.put(Kind.CART, 4);
                mix.put(Kind.MINE, 3);
                mix.put(Kind.CHECKOUT, 3);
            }
            case "commands" -> {
                mix.put(Kind.PASTE, 800);
                mix.put(Kind.CART, 80);
                mix.put(Kind.MINE, 60);
                mix.put(Kind.CHECKOUT, 60);
            }
            default -> throw new IllegalArgumentException("profile realistic or commands, not " + name);
        }
        return mix;
    }

    /** "chatter=900,paste=80,..." over a profile (kinds not named keep the profile's weight; paste = shop). */
    static Map<Kind, Integer> parseMix(String profile, String spec) {
        Map<Kind, Integer> mix = profile(profile);
        if (spec == null || spec.isBlank()) {
            return mix;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.split("=");
            mix.put(Kind.valueOf(kv[0].trim().toUpperCase()), Integer.parseInt(kv[1].trim()));
        }
        return mix;
    }

    @Override
    public Action next(GroupChats.Group group, GroupChats.Member member, List<SentMessage> shown) {
        return switch (draw()) {
            case CART -> say(Kind.CART, group, member, "/cart");
            case MINE -> say(Kind.MINE, group, member, "/mine");
            case CHECKOUT -> checkout(group, shown);
            case CHATTER -> say(Kind.CHATTER, group, member, CHATTER[random.nextInt(CHATTER.length)]);
            default -> shop(group, member, shown);
        };
    }

    /**
     * Carries on shopping from the newest messages the chat shows: a quantity on a card whose options are
     * chosen, an option on a card still being chosen, −1/+1/remove on one of their own lines, else a new
     * link. Cards are shared: friends pile onto the same item in other sizes, as in real group buys.
     */
    Action shop(GroupChats.Group group, GroupChats.Member member, List<SentMessage> shown) {
        Action quantity = null;
        Action option = null;
        Action line = null;
        for (int i = shown.size() - 1, looked = 0; i >= 0 && looked < 10; i--, looked++) {
            SentMessage m = shown.get(i);
            if (quantity == null && !quantityButtons(m).isEmpty()) {
                quantity = pressOn(Kind.ADD, group, member, m, pick(quantityButtons(m)));
            } else if (option == null && !optionButtons(m).isEmpty()) {
                option = pressOn(Kind.PICK, group, member, m, pick(optionButtons(m)));
            } else if (line == null && !lineButtons(m, member).isEmpty()) {
                line = pressOn(Kind.CHANGE, group, member, m, pick(lineButtons(m, member)));
            }
        }
        int r = random.nextInt(100);
        if (line != null && r < 35) {
            return line;
        }
        if (quantity != null && r < 70) {
            return quantity;
        }
        if (option != null && r < 85) {
            return option;
        }
        return paste(group, member);
    }

    private InlineButton pick(List<InlineButton> buttons) {
        return buttons.get(random.nextInt(buttons.size()));
    }

    Action paste(GroupChats.Group group, GroupChats.Member member) {
        String link = links.get(random.nextInt(links.size()));
        return say(Kind.PASTE, group, member, random.nextBoolean() ? link : "look at this " + link + " so cheap");
    }

    private Kind draw() {
        int r = random.nextInt(totalWeight);
        for (Map.Entry<Kind, Integer> e : weights.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        return Kind.PASTE;
    }

    Action checkout(GroupChats.Group group, List<SentMessage> shown) {
        GroupChats.Member admin = group.admin();
        for (int i = shown.size() - 1; i >= 0; i--) {
            SentMessage m = shown.get(i);
            for (InlineButton b : m.buttons()) {
                if (b.callbackData() != null && b.text().startsWith("✅")) {
                    return pressOn(Kind.CONFIRM, group, admin, m, b);
                }
            }
        }
        return say(Kind.CHECKOUT, group, admin, "/checkout");
    }

    static Action pressOn(Kind kind, GroupChats.Group group, GroupChats.Member member, SentMessage m,
                                  InlineButton b) {
        int messageId = m.messageId();
        String data = b.callbackData();
        return new Action(kind, group.chatId(), member.userId(), b.text(), data,
                fake -> fake.pushCallbackQuery(group.chatId(), member.userId(), messageId, data));
    }

    static Action say(Kind kind, GroupChats.Group group, GroupChats.Member member, String text) {
        return new Action(kind, group.chatId(), member.userId(), text, null,
                fake -> fake.pushText(group.chatId(), member.userId(), text));
    }

    /** Colour or size values of a card still being chosen. */
    static List<InlineButton> optionButtons(SentMessage m) {
        if (!isCard(m) || m.buttons().stream().anyMatch(b -> isNumber(b.text()))) {
            return List.of();
        }
        return m.buttons().stream().filter(b -> b.callbackData() != null && !b.text().startsWith("↺")
                && !b.text().contains("sold out")).toList();
    }

    /** The quantity buttons of a card whose options are all chosen. */
    static List<InlineButton> quantityButtons(SentMessage m) {
        if (!isCard(m)) {
            return List.of();
        }
        return m.buttons().stream().filter(b -> b.callbackData() != null && isNumber(b.text())).toList();
    }

    /** −1 / +1 / Remove under an "added" line message of this member. */
    static List<InlineButton> lineButtons(SentMessage m, GroupChats.Member member) {
        String text = m.plainText() == null ? "" : m.plainText();
        text = text.startsWith("✅ ") ? text.substring(2) : text; // "✅ Ann added …", "Ann: …" once changed
        if (!text.startsWith(member.name() + ":") && !text.startsWith(member.name() + " ")) {
            return List.of();
        }
        List<InlineButton> edits = m.buttons().stream().filter(b -> b.callbackData() != null
                && (b.text().equals("+1") || b.text().equals("−1") || b.text().contains("Remove"))).toList();
        return edits.size() < 3 ? edits : weightedEdits(edits);
    }

    /** Removing is rarer than +1/−1: the list repeats them. */
    private static List<InlineButton> weightedEdits(List<InlineButton> edits) {
        List<InlineButton> out = new ArrayList<>();
        for (InlineButton b : edits) {
            int copies = b.text().contains("Remove") ? 1 : 4;
            for (int i = 0; i < copies; i++) {
                out.add(b);
            }
        }
        return out;
    }

    static boolean isCard(SentMessage m) {
        return m.isPhoto() || (m.plainText() != null && m.plainText().contains("In stock"));
    }

    static boolean isNumber(String label) {
        return !label.isEmpty() && label.chars().allMatch(Character::isDigit);
    }

    /** Links to the sandbox catalog's seeded items, and synthetic ids the sandbox makes up deterministically. */
    static List<String> productLinks(int count, long seed) {
        List<String> links = new ArrayList<>();
        try (InputStream in = ActionPicker.class.getResourceAsStream("/sandbox/catalog.json")) {
            JsonNode products = BenchHttp.JSON.readTree(in).get("products");
            for (JsonNode p : products) {
                links.add(link(p.get("platform").asText(), p.get("id").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Random random = new Random(seed);
        while (links.size() < count) {
            String id = Long.toString(600_000_000_000L + (long) (random.nextDouble() * 99_999_999_999L));
            links.add(link(random.nextInt(3) == 0 ? "ALIBABA" : "TAOBAO", id));
        }
        return links.subList(0, Math.max(1, count));
    }

    static String link(String platform, String id) {
        return switch (platform) {
            case "ALIBABA" -> "https://detail.1688.com/offer/" + id + ".html";
            case "TMALL" -> "https://detail.tmall.com/item.htm?id=" + id;
            default -> "https://item.taobao.com/item.htm?id=" + id;
        };
    }
}
