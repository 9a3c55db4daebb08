package io.groupbuy.bench;

import io.groupbuy.testing.telegram.InlineButton;
import io.groupbuy.testing.telegram.SentMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The crash benchmark's members. In "cart" chats they shop (links, options, quantities, −1/+1/remove on
 * their lines), look at the cart and talk. In "order" chats they shop until a few quantities were added,
 * then only the admin acts on the cart: /checkout, Confirm once the preview shows, again after a while
 * if no "placed" message came (a kill may have eaten the reply or the checkout), up to 5 times; once
 * "placed" shows, the next round of shopping starts. Nobody changes an order chat's cart between its
 * /checkout and the "placed" reply, so its cart plus its orders must hold exactly what was added.
 */
final class CrashWorkload implements OpenLoopDriver.Chooser {
    private static final long RETRY_MILLIS = 30_000;
    private static final int MAX_CHECKOUTS = 5;

    private enum Stage { SHOPPING, CHECKOUT_SENT, CONFIRM_SENT, DONE }

    private static final class OrderChat {
        Stage stage = Stage.SHOPPING;
        int adds;
        int addsWanted;
        int checkouts;
        int placed;
        long since;
        Instant sentAfter = Instant.EPOCH;
    }

    private final ActionPicker shop;
    private final int cartChats;
    private final Random random;
    private final Map<Long, OrderChat> orderChats = new HashMap<>();
    private volatile Runnable onConfirm = () -> { };

    /** Groups with index below {@code cartChats} are cart chats, the others order chats. */
    CrashWorkload(ActionPicker shop, int cartChats, long seed) {
        this.shop = shop;
        this.cartChats = cartChats;
        this.random = new Random(seed);
    }

    void onConfirm(Runnable r) {
        this.onConfirm = r;
    }

    boolean isOrderChat(GroupChats.Group g) {
        return g.index() >= cartChats;
    }

    /** Checkouts whose "placed" reply the members saw. */
    long ordersSeen() {
        return orderChats.values().stream().mapToLong(c -> c.placed).sum();
    }

    @Override
    public ActionPicker.Action next(GroupChats.Group group, GroupChats.Member member, List<SentMessage> shown) {
        int r = random.nextInt(100);
        if (r < 45) {
            return ActionPicker.say(ActionPicker.Kind.CHATTER, group, member, "ok 👍 " + r);
        }
        if (r < 50) {
            return ActionPicker.say(r < 48 ? ActionPicker.Kind.CART : ActionPicker.Kind.MINE, group, member,
                    r < 48 ? "/cart" : "/mine");
        }
        if (!isOrderChat(group)) {
            return shop.shop(group, member, shown);
        }
        OrderChat chat = orderChats.computeIfAbsent(group.chatId(), id -> {
            OrderChat c = new OrderChat();
            c.addsWanted = 2 + random.nextInt(4);
            return c;
        });
        return orderChat(chat, group, member, shown);
    }

    private ActionPicker.Action orderChat(OrderChat chat, GroupChats.Group group, GroupChats.Member member,
                                          List<SentMessage> shown) {
        long now = System.currentTimeMillis();
        switch (chat.stage) {
            case SHOPPING -> {
                if (chat.adds < chat.addsWanted) {
                    ActionPicker.Action a = shop.shop(group, member, shown);
                    if (a.kind() == ActionPicker.Kind.ADD) {
                        chat.adds++;
                    }
                    return a.kind() == ActionPicker.Kind.CHANGE ? shop.paste(group, member) : a;
                }
                return checkout(chat, group, now);
            }
            case CHECKOUT_SENT -> {
                SentMessage preview = newest(shown, chat.sentAfter, m -> m.buttons().stream()
                        .anyMatch(b -> b.callbackData() != null && b.text().startsWith("✅")));
                if (preview != null) {
                    InlineButton confirm = preview.buttons().stream().filter(b -> b.text().startsWith("✅"))
                            .findFirst().orElseThrow();
                    chat.stage = Stage.CONFIRM_SENT;
                    chat.since = now;
                    onConfirm.run();
                    return ActionPicker.pressOn(ActionPicker.Kind.CONFIRM, group, group.admin(), preview, confirm);
                }
                if (now - chat.since > RETRY_MILLIS) {
                    return checkout(chat, group, now);
                }
            }
            case CONFIRM_SENT -> {
                if (newest(shown, chat.sentAfter, m -> m.plainText() != null && m.plainText().contains("placed"))
                        != null) {
                    chat.placed++;
                    chat.stage = Stage.SHOPPING; // the checkout settled before that reply: shop for the next order
                    chat.adds = 0;
                    chat.addsWanted = 2 + random.nextInt(4);
                    chat.checkouts = 0;
                } else if (now - chat.since > RETRY_MILLIS) {
                    return checkout(chat, group, now);
                }
            }
            default -> { }
        }
        return ActionPicker.say(ActionPicker.Kind.CHATTER, group, member, "waiting for the order 🙂");
    }

    private ActionPicker.Action checkout(OrderChat chat, GroupChats.Group group, long now) {
        if (chat.checkouts >= MAX_CHECKOUTS) {
            chat.stage = Stage.DONE;
            return ActionPicker.say(ActionPicker.Kind.CART, group, group.admin(), "/cart");
        }
        chat.checkouts++;
        chat.stage = Stage.CHECKOUT_SENT;
        chat.since = now;
        chat.sentAfter = Instant.ofEpochMilli(now - 1000);
        return ActionPicker.say(ActionPicker.Kind.CHECKOUT, group, group.admin(), "/checkout");
    }

    private interface Match {
        boolean test(SentMessage m);
    }

    /** The newest message sent or edited after {@code after} that matches. */
    private static SentMessage newest(List<SentMessage> shown, Instant after, Match match) {
        for (int i = shown.size() - 1; i >= 0; i--) {
            SentMessage m = shown.get(i);
            Instant at = m.editedAt() != null ? m.editedAt() : m.sentAt();
            if (at.isAfter(after) && match.test(m)) {
                return m;
            }
        }
        return null;
    }
}
