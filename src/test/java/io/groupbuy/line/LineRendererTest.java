package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineRendererTest {

    private static int bytes(Object o) {
        return LineJson.sizeOf(o);
    }

    @Test
    void aCardTooBigForOneBubbleKeepsItsFirstButtonRowsAndStaysUnder30Kb() {
        OutMessage.ProductCard card = LineFlexLimitsTest.card(1, 200);

        FlexMessage m = FlexCards.card(card);
        FlexBubble bubble = (FlexBubble) m.contents();

        assertThat(bytes(bubble)).isLessThanOrEqualTo(30_000);
        String json = LineJson.MAPPER.valueToTree(bubble).toString();
        assertThat(json).contains("sku:1:0:").doesNotContain("sku:1:199:");
        assertThat(json).contains("line-through").contains("\"aspectRatio\":\"1:1\"");
    }

    @Test
    void searchResultsTooBigForOneCarouselAreSpreadOverSeveral() {
        List<OutMessage.ProductCard> cards = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            cards.add(LineFlexLimitsTest.card(i, 8));
        }

        List<Message> out = FlexCards.carousels(new OutMessage.Cards("ผลการค้นหา", cards, null));

        assertThat(out.size()).isGreaterThan(2);
        int total = 0;
        for (Message m : out) {
            FlexCarousel c = (FlexCarousel) ((FlexMessage) m).contents();
            assertThat(c.contents()).hasSizeLessThanOrEqualTo(12);
            assertThat(bytes(c)).isLessThanOrEqualTo(50_000);
            total += c.contents().size();
        }
        assertThat(total).isEqualTo(30);
    }

    @Test
    void aLongListingIsContinuedInNumberedBubblesWithTheButtonsOnTheLast() {
        List<OutMessage.Section> sections = new ArrayList<>();
        for (int m = 0; m < 20; m++) {
            List<OutMessage.Item> items = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                items.add(new OutMessage.Item("เสื้อยืดสีแดง ไซซ์ M × " + (i + 1), "฿" + (i + 1) * 100, "Taobao 6729911411" + i));
            }
            sections.add(new OutMessage.Section("สมาชิก " + m, items, "รวม ฿12,000"));
        }
        OutMessage.Listing listing = new OutMessage.Listing("ตะกร้าของกลุ่ม", sections, List.of("รวมทั้งหมด ฿240,000"),
                List.of(List.of(Button.action("สั่งซื้อ", "checkout"))), null);

        List<Message> out = LineRenderer.render(Reply.of(listing));

        assertThat(out.size()).isGreaterThan(1);
        for (int i = 0; i < out.size(); i++) {
            FlexBubble b = (FlexBubble) ((FlexMessage) out.get(i)).contents();
            assertThat(bytes(b)).isLessThanOrEqualTo(30_000);
            String json = LineJson.MAPPER.valueToTree(b).toString();
            assertThat(json).contains("ตะกร้าของกลุ่ม (" + (i + 1) + "/" + out.size() + ")");
            assertThat(json.contains("\"data\":\"checkout\"")).isEqualTo(i == out.size() - 1);
        }
        assertThat(((FlexMessage) out.get(0)).altText()).startsWith("ตะกร้าของกลุ่ม").hasSizeLessThanOrEqualTo(1500);
    }

    @Test
    void aShortListingIsOneBubbleWithItsRows() {
        OutMessage.Listing cart = new OutMessage.Listing("ตะกร้า",
                List.of(new OutMessage.Section("สมชาย", List.of(new OutMessage.Item("เสื้อ แดง/M × 2", "฿399.00", null)),
                        "รวม ฿399.00")), List.of("2 ชิ้น"), List.of(), null);

        List<Message> out = LineRenderer.render(Reply.of(cart));

        assertThat(out).hasSize(1);
        String json = LineJson.MAPPER.valueToTree(((FlexMessage) out.get(0)).contents()).toString();
        assertThat(json).contains("สมชาย", "เสื้อ แดง/M × 2", "฿399.00", "รวม ฿399.00", "2 ชิ้น", "baseline");
        assertThat(((FlexMessage) out.get(0)).altText()).contains("สมชาย").contains("฿399.00");
    }

    @Test
    void textWithButtonsBecomesABubbleWithPostbacks() {
        OutMessage.Text t = new OutMessage.Text(RichText.plain("ยืนยันคำสั่งซื้อ?"),
                List.of(List.of(Button.action("ยืนยัน", "ok:1"), Button.action("ยกเลิก", "no:1"))), List.of(), null);

        List<Message> out = LineRenderer.render(Reply.of(t));

        FlexMessage m = (FlexMessage) out.get(0);
        assertThat(m.altText()).isEqualTo("ยืนยันคำสั่งซื้อ?");
        String json = LineJson.MAPPER.valueToTree(m).toString();
        assertThat(json).contains("\"data\":\"ok:1\"", "\"displayText\":\"ยืนยัน\"", "\"data\":\"no:1\"");
    }

    @Test
    void documentsShowTheirFallbackAndNoticesAreNotSent() {
        OutMessage.Document doc = new OutMessage.Document("cart.csv", "text/csv", new byte[] {1}, "CSV",
                RichText.plain("ดาวน์โหลดไฟล์ไม่ได้ใน LINE"), null);

        List<Message> out = LineRenderer.render(Reply.of(doc).withNotice("เพิ่มแล้ว"));

        assertThat(out).extracting(m -> ((TextMessage) m).text()).containsExactly("ดาวน์โหลดไฟล์ไม่ได้ใน LINE");
        assertThat(LineRenderer.render(Reply.NONE.withNotice("เพิ่มแล้ว"))).isEmpty();
    }

    @Test
    void linksWithSchemesLineRefusesAreDropped() {
        OutMessage.Text t = new OutMessage.Text(RichText.plain("ลิงก์"),
                List.of(List.of(Button.link("โหลด", "javascript:alert(1)"), Button.link("เว็บ", "https://pandapon.com"))),
                List.of(), null);

        String json = LineJson.MAPPER.valueToTree(LineRenderer.render(Reply.of(t))).toString();

        assertThat(json).contains("https://pandapon.com").doesNotContain("javascript");
    }

    @Test
    void httpPicturesAreUpgradedAndOddOnesLeftOut() {
        assertThat(FlexParts.imageUrl("http://img.alicdn.com/a.jpg")).hasValueSatisfying(
                u -> assertThat(u.toString()).isEqualTo("https://img.alicdn.com/a.jpg"));
        assertThat(FlexParts.imageUrl("//img.alicdn.com/a.jpg")).hasValueSatisfying(
                u -> assertThat(u.toString()).isEqualTo("https://img.alicdn.com/a.jpg"));
        assertThat(FlexParts.imageUrl("ftp://x/a.jpg")).isEmpty();
        assertThat(FlexParts.imageUrl(null)).isEmpty();
    }

    @Test
    void aCardsQuantityButtonsAndTheEverydayCommandsBecomeQuickReplies() {
        OutMessage.ProductCard card = new OutMessage.ProductCard(null, null, "เสื้อ", "฿100", null, List.of(),
                "ต้องการกี่ชิ้นคะ?", List.of(List.of(Button.action("1", "b:q1"), Button.action("2", "b:q2")),
                        List.of(Button.action("↺ เลือกใหม่", "b:reset"))), null);

        String json = LineJson.MAPPER.valueToTree(LineRenderer.answer(Reply.of(card)).get(0)).toString();

        assertThat(json).contains("\"quickReply\"", "\"data\":\"b:q1\"", "\"text\":\"/cart\"", "\"text\":\"/help\"");
        assertThat(json.indexOf("\"type\":\"action\"")).isPositive();
        assertThat(json.split("\"data\":\"b:reset\"", -1)).hasSize(2); // only in the card, not a chip
    }

    @Test
    void newsCarriesNoCommandChips() {
        List<Message> out = LineRenderer.render(Reply.text("จัดส่งแล้ว"));

        assertThat(((TextMessage) out.get(0)).quickReply()).isNull();
    }
}
