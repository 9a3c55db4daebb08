package io.groupbuy.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.ConversationDeps;
import io.groupbuy.conversation.GroupBuyConversation;
import io.groupbuy.conversation.i18n.Messages;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.Language;
import io.groupbuy.core.cart.CartLimits;
import io.groupbuy.core.cart.CartService;
import io.groupbuy.core.chat.ChatDefaults;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.checkout.CheckoutService;
import io.groupbuy.core.order.OrderBook;
import io.groupbuy.core.order.OrderPlacement;
import io.groupbuy.core.order.OrderUpdates;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.PlatformAdmins;
import io.groupbuy.links.ProductLinks;
import io.groupbuy.testing.FakeMarketplace;
import io.groupbuy.testing.telegram.ChatMemberStatus;
import io.groupbuy.testing.telegram.InlineButton;
import io.groupbuy.testing.telegram.SentMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole group-buy flow in a Telegram group, through the real TelegramBots client and long polling,
 * the real engine and core, in-memory stores and the fake marketplace: two members paste links and add
 * lines, a member's checkout is refused, the admin (per getChatAdministrators) checks out and confirms,
 * and a photo search answers with product cards.
 */
class TelegramGroupBuyFlowTest {
    private static final long GROUP = -100_777L;
    private static final long CAROL = 7001L;
    private static final long ANNA = 7002L;
    private static final long BEN = 7003L;
    private static final String TSHIRT = "672991141190";
    private static final String SOCKS = "706627393257";

    private final TelegramTestBed bed = new TelegramTestBed();
    private final FakeMarketplace market = new FakeMarketplace();
    private int events;
    private List<SentMessage> lastChanges = List.of();

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void twoMembersFillTheCartTheAdminChecksOutAndAPhotoFindsProducts() {
        market.add(FakeMarketplace.tshirt(TSHIRT)).add(FakeMarketplace.offer(SOCKS));
        AtomicReference<TelegramChannel> channel = new AtomicReference<>();
        PlatformAdmins admins = (chat, user) -> channel.get().admins().isAdmin(chat, user);
        GroupBuyConversation engine = engine(admins);
        channel.set(bed.start(bed.settings().withLimits(new OutboundLimits(5, 5.0, 200, 25, Duration.ZERO)), engine));
        bed.fake.addChat(GROUP, "supergroup", "Friends buy");
        bed.fake.setChatMember(GROUP, CAROL, "Carol", ChatMemberStatus.CREATOR);
        bed.fake.setChatMember(GROUP, ANNA, "Anna", ChatMemberStatus.MEMBER);
        bed.fake.setChatMember(GROUP, BEN, "Ben", ChatMemberStatus.MEMBER);

        say(ANNA, "Anna", "look https://item.taobao.com/item.htm?id=" + TSHIRT);
        press(ANNA, "Red");
        press(ANNA, "M");
        press(ANNA, "2");
        say(BEN, "Ben", "https://detail.1688.com/offer/" + SOCKS + ".html");
        press(BEN, "S");
        press(BEN, "2");
        say(BEN, "Ben", "/cart@" + bed.fake.botUsername());
        assertThat(changed()).contains("Anna", "2 × T-shirt " + TSHIRT, "Ben", "2 × Socks " + SOCKS);

        say(ANNA, "Anna", "/checkout");
        assertThat(changed()).contains("only an admin");
        say(CAROL, "Carol", "/checkout@" + bed.fake.botUsername());
        assertThat(changed()).contains("Total to pay");
        press(CAROL, "✅ Confirm & pay");
        assertThat(changed()).contains("Order #1 (Taobao) placed and paid", "Order #2 (1688) placed and paid");
        assertThat(market.placeCalls()).isEqualTo(2);
        assertThat(bed.fake.calls("getChatAdministrators")).hasSize(1);

        String photo = bed.fake.registerPhoto(TelegramTestBed.jpeg(320, 240));
        act(() -> bed.fake.pushPhoto(GROUP, "supergroup", "Friends buy", BEN, "Ben", "en", photo,
                "/search@" + bed.fake.botUsername()));
        List<SentMessage> results = lastChanges;
        assertThat(results).isNotEmpty().anySatisfy(m -> assertThat(m.isPhoto()).isTrue());
        assertThat(results).anySatisfy(m -> assertThat(m.plainText()).contains("T-shirt " + TSHIRT));

        assertThat(bed.fake.answeredCallbackQueries()).hasSize(6);
        assertThat(bed.fake.tooManyRequestsCount()).isZero();
        assertThat(bed.inbox(InboxEvent.State.FAILED)).isZero();
    }

    private GroupBuyConversation engine(PlatformAdmins admins) {
        Clock clock = Clock.systemUTC();
        ExchangeRates rates = new ExchangeRates(Map.of("THB", 5_000_000L));
        ChatService chats = new ChatService(bed.tx, admins, Set.of(), new ChatDefaults("THB", Language.TH,
                Language.EN), rates, clock);
        OrderPlacement placement = new OrderPlacement(bed.tx, market, clock);
        return new GroupBuyConversation(new ConversationDeps(chats, new CartService(bed.tx, CartLimits.DEFAULT, clock),
                new CheckoutService(bed.tx, market, rates, clock), placement,
                new OrderUpdates(bed.tx, market, placement, clock), new OrderBook(bed.tx), market,
                ProductLinks.offline(), bed.tx, rates, Messages.bundled(), clock, "GroupBuy", 3, null));
    }

    private void say(long user, String name, String text) {
        act(() -> bed.fake.pushText(GROUP, "supergroup", "Friends buy", user, name, "en", text));
    }

    /** Presses the newest button whose label is {@code label} (or starts with it). */
    private void press(long user, String label) {
        List<SentMessage> sent = bed.fake.sentMessages(GROUP);
        for (int i = sent.size() - 1; i >= 0; i--) {
            SentMessage m = sent.get(i);
            for (InlineButton b : m.buttons()) {
                if (b.callbackData() != null && (b.text().equals(label) || b.text().startsWith(label))) {
                    act(() -> bed.fake.pushCallbackQuery(GROUP, user, m.messageId(), b.callbackData()));
                    return;
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + sent);
    }

    /** Pushes one update and waits until it was handled (its reply delivered). */
    private void act(LongSupplier push) {
        Map<Integer, Integer> before = new java.util.HashMap<>();
        bed.fake.sentMessages(GROUP).forEach(m -> before.put(m.messageId(), m.revisions().size()));
        push.getAsLong();
        int expected = ++events;
        Await.until(() -> bed.inbox(InboxEvent.State.DONE) + bed.inbox(InboxEvent.State.FAILED) >= expected
                && bed.channelIdle(), () -> "update " + expected + " handled");
        lastChanges = bed.fake.sentMessages(GROUP).stream()
                .filter(m -> !Integer.valueOf(m.revisions().size()).equals(before.get(m.messageId()))).toList();
    }

    /** What the last action sent or edited, oldest first. */
    private String changed() {
        return String.join("\n", lastChanges.stream().map(SentMessage::plainText).toList());
    }
}
