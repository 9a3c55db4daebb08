package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.conversation.ConversationDeps;
import io.groupbuy.conversation.ConversationNotifier;
import io.groupbuy.conversation.GroupBuyConversation;
import io.groupbuy.conversation.i18n.Messages;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.Language;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.cart.CartLimits;
import io.groupbuy.core.cart.CartService;
import io.groupbuy.core.chat.ChatDefaults;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.checkout.CheckoutService;
import io.groupbuy.core.order.NewsRelay;
import io.groupbuy.core.order.OrderBook;
import io.groupbuy.core.order.OrderPlacement;
import io.groupbuy.core.order.OrderUpdates;
import io.groupbuy.core.port.PlatformAdmins;
import io.groupbuy.core.port.UpstreamOrder;
import io.groupbuy.links.ProductLinks;
import io.groupbuy.testing.FakeMarketplace;
import io.groupbuy.testing.InMemoryStores;
import io.groupbuy.testing.line.Delivered;
import io.groupbuy.testing.line.LineIds;
import io.groupbuy.testing.line.LineSource;
import io.groupbuy.testing.line.MutableClock;
import io.groupbuy.testing.line.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A whole group buy in a LINE group, in Thai, through every real layer: signed webhooks to our HTTP
 * server, the inbox, the real conversation engine and core on in-memory stores, the real LINE SDK
 * against the fake LINE API. Two members paste a Taobao share text and a 1688 link and pick SKUs by
 * postback, one sends a photo, the admin (the first to run /setup) checks out and confirms by postback;
 * then order news arrives by push.
 */
class LineGroupBuyScenarioTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String TSHIRT_ID = "672991141190";
    private static final String SOCKS_ID = "706627393257";
    private static final String SHARE_TEXT = "【淘宝】限时特惠 https://m.tb.cn/h.5Xyz?tk=abcD3FgH CZ0001 「男士纯棉T恤」点击链接直接打开";
    private static final String LINK_1688 = "https://detail.1688.com/offer/" + SOCKS_ID + ".html";

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemoryStores tx = new InMemoryStores();
    private final FakeMarketplace market = new FakeMarketplace()
            .add(FakeMarketplace.tshirt(TSHIRT_ID)).add(FakeMarketplace.offer(SOCKS_ID));
    private final ExchangeRates rates = new ExchangeRates(Map.of("THB", 5_000_000L));
    private final ChatService chats = new ChatService(tx, PlatformAdmins.none(), Set.of(),
            new ChatDefaults("THB", Language.TH, Language.EN), rates, clock);
    private final OrderPlacement placement = new OrderPlacement(tx, market, clock);
    private final OrderUpdates updates = new OrderUpdates(tx, market, placement, clock);
    private final OrderBook orders = new OrderBook(tx);
    private final GroupBuyConversation engine = new GroupBuyConversation(new ConversationDeps(chats,
            new CartService(tx, CartLimits.DEFAULT, clock), new CheckoutService(tx, market, rates, clock), placement,
            updates, orders, market,
            new ProductLinks(url -> url.contains("m.tb.cn/h.5Xyz")
                    ? Optional.of("https://item.taobao.com/item.htm?id=" + TSHIRT_ID) : Optional.empty()),
            tx, rates, Messages.bundled(), clock, "PandaBuddy", 5, null));
    /** Events whose handling takes longer than the reply window (a slow upstream), simulated on the clock. */
    private volatile Predicate<Incoming> slow = in -> false;
    private final LineHarness h = new LineHarness(clock, in -> {
        if (slow.test(in)) {
            clock.advance(Duration.ofSeconds(75));
        }
        return engine.handle(in);
    }, tx, s -> s);
    private final NewsRelay news = new NewsRelay(tx,
            new ConversationNotifier(chats, engine.newsRenderer(), h.channel.outbound()), clock);

    private final String group = LineIds.groupId();
    private final String somying = LineIds.userId(); // the admin
    private final String somchai = LineIds.userId();
    private final String malee = LineIds.userId();

    @AfterEach
    void stop() {
        h.close();
    }

    /** Posts the event and returns what the bot sent to the group because of it. */
    private List<Delivered> send(WebhookEvent event) {
        int before = h.line.deliveredTo(group).size();
        assertThat(h.post(event).status()).isEqualTo(200);
        h.awaitIdle();
        List<Delivered> all = h.line.deliveredTo(group);
        return List.copyOf(all.subList(before, all.size()));
    }

    private List<Delivered> say(String userId, String text) {
        return send(h.hooks.text(LineSource.group(group, userId), text));
    }

    /** Taps the postback button labelled {@code label} in the bot's latest messages. */
    private List<Delivered> tap(String userId, String label) {
        return send(h.hooks.postback(LineSource.group(group, userId), postbackData(label)));
    }

    private String postbackData(String label) {
        List<Delivered> all = h.line.deliveredTo(group);
        for (int i = all.size() - 1; i >= 0; i--) {
            Optional<String> data = findPostback(all.get(i).json(), label);
            if (data.isPresent()) {
                return data.get();
            }
        }
        throw new AssertionError("no button '" + label + "' in " + all);
    }

    private static Optional<String> findPostback(JsonNode node, String label) {
        if (node.isObject() && "postback".equals(node.path("type").asText()) && label.equals(node.path("label").asText())) {
            return Optional.of(node.path("data").asText());
        }
        for (JsonNode child : node) {
            Optional<String> found = findPostback(child, label);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String text(List<Delivered> messages) {
        StringBuilder sb = new StringBuilder();
        for (Delivered d : messages) {
            sb.append(d.text()).append('\n');
            if ("flex".equals(d.type())) {
                d.json().findValues("text").forEach(t -> sb.append(t.asText()).append('\n'));
            }
        }
        return sb.toString();
    }

    private static Predicate<Delivered> anyText(String part) {
        return d -> d.text() != null && d.text().contains(part);
    }

    @Test
    void aGroupBuysTogetherInThaiAndIsAnsweredByReply() {
        h.line.registerGroup(group, "หิ้วของจีนด้วยกัน");
        h.line.registerMember(group, somying, "สมหญิง");
        h.line.registerMember(group, somchai, "สมชาย");
        h.line.registerMember(group, malee, "มาลี");

        // The bot is added, and the first to run /setup becomes the admin (LINE has no group admins).
        assertThat(text(send(h.hooks.join(LineSource.group(group))))).contains("สวัสดีค่ะ", "PandaBuddy");
        assertThat(text(say(somying, "/setup"))).contains("สมหญิง เป็นแอดมินของแชทนี้แล้วค่ะ");
        assertThat(text(say(somchai, "/setup"))).contains("แชทนี้มีแอดมินแล้วค่ะ");

        // Somchai pastes a Taobao share text and picks colour, size and quantity by postback.
        List<Delivered> card = say(somchai, "ตัวนี้น่ารัก " + SHARE_TEXT);
        assertThat(card).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo("flex");
            assertThat(d.json().at("/contents/hero/url").asText()).isEqualTo("https://img.example/" + TSHIRT_ID + ".jpg");
        });
        assertThat(text(card)).contains("¥29.90 · ฿149.50", "¥39.90 · ฿199.50", "เลือก");
        tap(somchai, "Red");
        assertThat(text(tap(somchai, "M"))).contains("เลือกแล้ว: Red / M", "ต้องการกี่ชิ้นคะ?");
        assertThat(text(tap(somchai, "2"))).contains("✅ สมชาย เพิ่ม 2 × ");

        // Malee pastes a 1688 link (minimum 2) and picks a size and quantity.
        assertThat(text(say(malee, LINK_1688))).contains("สั่งขั้นต่ำ: 2");
        tap(malee, "S");
        assertThat(text(tap(malee, "3"))).contains("✅ มาลี เพิ่ม 3 × ");

        // Malee asks for a photo search, then sends a photo: downloaded from the data API, searched by image,
        // shown as a carousel.
        assertThat(text(say(malee, "/search"))).contains("ส่งรูปสินค้ามาได้เลยค่ะ");
        List<Delivered> found = send(h.hooks.image(LineSource.group(group, malee), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2},
                "image/jpeg"));
        assertThat(found).anySatisfy(d -> {
            assertThat(d.text()).startsWith("ผลการค้นหาจากรูป");
            assertThat(d.json().at("/contents/type").asText()).isIn("carousel", "bubble");
        });

        // A member may not check out; the admin can, and confirms by postback.
        assertThat(text(say(malee, "/checkout"))).contains("ขออภัย");
        List<Delivered> summary = say(somying, "/checkout");
        assertThat(text(summary)).contains("🧾 สรุปการสั่งซื้อ", "สมชาย", "มาลี", "ยอดชำระทั้งหมด:");
        List<Delivered> confirmed = tap(somying, "✅ ยืนยันและชำระเงิน");
        assertThat(text(confirmed)).contains("สมหญิง ยืนยันการสั่งซื้อ:", "✅ คำสั่งซื้อ #1 (Taobao)", "✅ คำสั่งซื้อ #2 (1688)");
        assertThat(market.placeCalls()).isEqualTo(2);

        // Every answer to a member went by the free reply API.
        assertThat(h.line.deliveredTo(group)).extracting(Delivered::via).containsOnly(Delivered.Via.REPLY);
        long replies = h.channel.replyCount();

        // Later the seller ships: news with no event to answer goes by push, with a retry key.
        Order order = orders.detail(io.groupbuy.core.ChatId.of(io.groupbuy.core.Channel.LINE, group), 1).order();
        updates.applyStatus(Marketplace.TAOBAO, new UpstreamOrder(order.upstreamOrderId(), order.clientKey(),
                OrderStatus.SHIPPED, "WAIT_BUYER_CONFIRM_GOODS", order.totalFen(), 600, "SF Express", "SF1234567",
                clock.instant()), "callback");
        assertThat(news.sendDue()).isEqualTo(1);
        Delivered shipped = h.line.await(anyText("SF1234567"), WAIT);
        assertThat(shipped.via()).isEqualTo(Delivered.Via.PUSH);
        assertThat(shipped.retryKey()).isNotNull();
        assertThat(shipped.text()).contains("คำสั่งซื้อ #1");

        long pushes = h.channel.pushCount();
        assertThat(pushes).isEqualTo(1);
        assertThat(replies).isGreaterThanOrEqualTo(15);
        report("group buy", replies, pushes);
        assertThat(h.counter("groupbuy.outbound.messages", "channel", "line", "kind", "reply")).isEqualTo(replies);
        assertThat(h.counter("groupbuy.outbound.messages", "channel", "line", "kind", "push")).isEqualTo(pushes);
    }

    @Test
    void aCheckoutThatOutlivesTheReplyTokenIsPushedExactlyOnce() {
        h.line.registerMember(group, somying, "สมหญิง");
        h.line.registerMember(group, somchai, "สมชาย");
        say(somying, "/setup");
        say(somchai, LINK_1688);
        tap(somchai, "M");
        tap(somchai, "2");
        slow = in -> in.content() instanceof Content.Text t && t.text().equals("/checkout");

        List<Delivered> summary = say(somying, "/checkout");

        assertThat(summary).singleElement().satisfies(d -> {
            assertThat(d.via()).isEqualTo(Delivered.Via.PUSH);
            assertThat(d.retryKey()).isNotNull();
        });
        assertThat(text(summary)).contains("🧾 สรุปการสั่งซื้อ", "สมชาย");
        slow = in -> false;
        List<Delivered> confirmed = tap(somying, "✅ ยืนยันและชำระเงิน");
        assertThat(confirmed).extracting(Delivered::via).containsOnly(Delivered.Via.REPLY);
        assertThat(text(confirmed)).contains("✅ คำสั่งซื้อ #1 (1688)");
        assertThat(market.placeCalls()).isEqualTo(1);
        report("slow checkout", h.channel.replyCount(), h.channel.pushCount());
        assertThat(h.channel.pushCount()).isEqualTo(1);
    }

    private static void report(String scenario, long replies, long pushes) {
        System.out.printf("LINE scenario '%s': %d message objects by reply, %d by push (%.1f%% by reply)%n", scenario,
                replies, pushes, 100.0 * replies / (replies + pushes));
    }
}
