package io.groupbuy.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import io.groupbuy.core.ChatId;
import io.groupbuy.testing.telegram.Fault;
import io.groupbuy.testing.telegram.InlineButton;
import io.groupbuy.testing.telegram.SentMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What members see: the fake parses HTML as Telegram does and rejects bad markup, long captions, bad buttons. */
class TelegramRenderingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TelegramTestBed bed;
    private static TelegramChannel channel;
    private static long nextChat = -100_900L;
    private long chat;

    @BeforeAll
    static void start() {
        bed = new TelegramTestBed();
        channel = bed.start();
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @BeforeEach
    void newChat() {
        chat = nextChat--;
        bed.fake.addChat(chat, "supergroup", "Buyers " + chat);
    }

    @Test
    void whatMembersTypedIsEscapedAndStylesAreKept() {
        RichText text = RichText.builder().bold("Tom & Jerry <b>").plain(" wrote: <b>not bold</b> & </i> <a href=x>")
                .newline().italic("x < y > z").code("<code>").build();
        send(Reply.of(OutMessage.Text.of(text)));

        SentMessage sent = bed.fake.awaitSent(chat, 1, WAIT).get(0);
        assertThat(sent.plainText()).isEqualTo(text.plainText());
        assertThat(sent.parseMode()).isEqualToIgnoringCase("HTML");
        assertThat(sent.text()).startsWith("<b>Tom &amp; Jerry &lt;b&gt;</b>")
                .contains("&lt;/i&gt;").contains("<i>x &lt; y &gt; z</i>").endsWith("<code>&lt;code&gt;</code>");
    }

    @Test
    void aLongCardCaptionIsTrimmedTo1024AndKeepsItsButtons() {
        List<String> details = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            details.add("detail line " + i + " with <tags> & more text to make it long enough");
        }
        OutMessage.ProductCard card = new OutMessage.ProductCard("https://img.example/p/1.jpg", "🔥",
                "A very long title & <b>more</b> ".repeat(20), "¥39.90 · ฿199.50", "¥59.90", details,
                "Pick a colour",
                List.of(List.of(Button.action("Red", "sku:1:red"), Button.link("Shop", "https://s.example"))),
                null);
        send(Reply.of(card));

        SentMessage sent = bed.fake.awaitSent(chat, 1, WAIT).get(0);
        assertThat(sent.isPhoto()).isTrue();
        assertThat(sent.mediaRef()).isEqualTo("https://img.example/p/1.jpg");
        assertThat(sent.plainText().length()).isLessThanOrEqualTo(1024);
        assertThat(sent.plainText()).startsWith("🔥 A very long title & <b>more</b>")
                .contains("¥39.90 · ฿199.50");
        assertThat(sent.plainText()).endsWith("Pick a colour");
        assertThat(sent.buttons()).extracting(InlineButton::text).containsExactly("Red", "Shop");
        assertThat(sent.callbackData()).containsExactly("sku:1:red");
        assertThat(sent.buttons().get(1).url()).isEqualTo("https://s.example");
    }

    @Test
    void aCardWhosePictureTelegramCannotFetchGoesOutAsText() {
        bed.fake.failNext("sendPhoto", 1, Fault.httpError(400, "Bad Request: failed to get HTTP URL content"));
        send(Reply.of(new OutMessage.ProductCard("https://img.example/gone.jpg", null, "Dress", "¥10", null,
                List.of("Stock 3"), null, List.of(List.of(Button.action("Add", "add:1"))), null)));

        SentMessage sent = bed.fake.awaitSent(chat, 1, WAIT).get(0);
        assertThat(sent.method()).isEqualTo("sendMessage");
        assertThat(sent.plainText()).isEqualTo("Dress\n¥10\nStock 3");
        assertThat(sent.callbackData()).containsExactly("add:1");
    }

    @Test
    void callbackDataOf64BytesAndQuickRepliesAsAnExtraRow() {
        String payload = "x".repeat(61) + "ก"; // 61 + 3 bytes of UTF-8
        assertThat(payload.getBytes(StandardCharsets.UTF_8)).hasSize(64);
        send(Reply.of(new OutMessage.Text(RichText.plain("choose"), List.of(List.of(Button.action("Max", payload))),
                List.of(Button.action("Cart", "cart"), Button.action("Help", "help")), null)));

        SentMessage sent = bed.fake.awaitSent(chat, 1, WAIT).get(0);
        assertThat(sent.inlineKeyboard()).hasSize(2);
        assertThat(sent.callbackData()).containsExactly(payload, "cart", "help");
    }

    @Test
    void aMessageWithAReplaceKeyIsEditedInPlace() {
        send(Reply.of(new OutMessage.Text(RichText.plain("Checkout: 2 lines"),
                List.of(List.of(Button.action("Confirm", "co:1"))), List.of(), "checkout:1")));
        bed.fake.awaitSent(chat, 1, WAIT);
        send(Reply.of(new OutMessage.Text(RichText.plain("Checkout: 3 lines"),
                List.of(List.of(Button.action("Confirm", "co:1"))), List.of(), "checkout:1")));
        send(Reply.of(new OutMessage.Text(RichText.plain("Checkout: 3 lines"),
                List.of(List.of(Button.action("Confirm", "co:1"))), List.of(), "checkout:1")));

        List<SentMessage> sent = bed.fake.sentMessages(chat);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).plainText()).isEqualTo("Checkout: 3 lines");
        assertThat(sent.get(0).revisions()).extracting(SentMessage.Revision::plainText)
                .containsExactly("Checkout: 2 lines");
        assertThat(bed.fake.calls("editMessageText", chat)).hasSize(2);
        assertThat(bed.fake.calls("editMessageText", chat).get(1).description()).contains("message is not modified");
    }

    @Test
    void anEditTelegramRefusesBecomesANewMessage() {
        send(Reply.of(new OutMessage.Text(RichText.plain("v1"), List.of(), List.of(), "summary")));
        bed.fake.awaitSent(chat, 1, WAIT);
        bed.fake.failNext("editMessageText", 1, Fault.httpError(400, "Bad Request: message can't be edited"));
        send(Reply.of(new OutMessage.Text(RichText.plain("v2"), List.of(), List.of(), "summary")));

        assertThat(bed.fake.sentMessages(chat)).extracting(SentMessage::plainText).containsExactly("v1", "v2");
    }

    @Test
    void aLongTextIsSplitAtLineBoundaries() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("line ").append(i).append(" of a long cart listing ......\n");
        }
        send(Reply.text(text.toString().strip()));

        List<SentMessage> sent = bed.fake.awaitSent(chat, 4, WAIT);
        assertThat(sent).allSatisfy(m -> assertThat(m.plainText().length()).isLessThanOrEqualTo(4096));
        assertThat(String.join("\n", sent.stream().map(SentMessage::plainText).toList()))
                .isEqualTo(text.toString().strip());
        assertThat(sent).allSatisfy(m -> assertThat(m.plainText()).startsWith("line "));
    }

    @Test
    void aListingHasBoldHeadingsAndAlignedAmounts() {
        send(Reply.of(new OutMessage.Listing("Cart", List.of(
                new OutMessage.Section("Alice <3", List.of(new OutMessage.Item("Dress red M", "฿199.50", "x2"),
                        new OutMessage.Item("Socks", "฿9.00", null)), "Subtotal ฿208.50"),
                new OutMessage.Section("Bob", List.of(new OutMessage.Item("Hat", "฿1,250.00", null)), null)),
                List.of("Total ฿1,458.50"), List.of(List.of(Button.action("Checkout", "checkout"))), null)));

        SentMessage sent = bed.fake.awaitSent(chat, 1, WAIT).get(0);
        assertThat(sent.plainText()).isEqualTo("""
                Cart

                Alice <3
                  ฿199.50  Dress red M
                  x2
                    ฿9.00  Socks
                Subtotal ฿208.50

                Bob
                ฿1,250.00  Hat

                Total ฿1,458.50""");
        assertThat(sent.text()).contains("<b>Alice &lt;3</b>").contains("<code>  ฿199.50</code>");
        assertThat(sent.callbackData()).containsExactly("checkout");
    }

    @Test
    void aDocumentIsUploaded() {
        byte[] csv = "member,item,amount\nAlice,Dress,199.50\n".getBytes(StandardCharsets.UTF_8);
        send(Reply.of(new OutMessage.Document("cart.csv", "text/csv", csv, "Cart export", RichText.plain("n/a"),
                null)));

        SentMessage sent = bed.fake.awaitSent(chat, 1, WAIT).get(0);
        assertThat(sent.isDocument()).isTrue();
        assertThat(sent.upload().bytes()).isEqualTo(csv);
        assertThat(sent.upload().fileName()).isEqualTo("cart.csv");
        assertThat(sent.plainText()).isEqualTo("Cart export");
    }

    private void send(Reply reply) {
        channel.outbound().send(ChatId.telegram(chat), reply, null);
    }
}
