package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.testing.line.Delivered;
import io.groupbuy.testing.line.LineIds;
import io.groupbuy.testing.line.LineSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Big answers through the real SDK to the fake, which refuses anything over LINE's limits with a 400. */
class LineFlexLimitsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ScriptedConversation conversation = new ScriptedConversation();
    private final LineHarness h = new LineHarness(conversation);
    private final String group = LineIds.groupId();
    private final String user = LineIds.userId();

    @AfterEach
    void stop() {
        h.close();
    }

    static OutMessage.ProductCard card(int n, int skuButtons) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < skuButtons; i += 2) {
            rows.add(List.of(Button.action("สีแดงเข้มพิเศษ ไซซ์ " + i + " (ลายดอกไม้)", "sku:" + n + ":" + i + ":aaaaaaaaaaaaaaaaaaaa"),
                    Button.action("สีน้ำเงินกรมท่า ไซซ์ " + (i + 1) + " (ลายทาง)", "sku:" + n + ":" + (i + 1) + ":bbbbbbbbbbbbbbbbbbbb")));
        }
        rows.add(List.of(Button.link("ดูในเว็บ", "https://item.taobao.com/item.htm?id=" + n)));
        List<String> details = List.of("มีสินค้า 999 ชิ้น · ขั้นต่ำ 1 ชิ้น", "ร้าน: 优衣库官方旗舰店 (Uniqlo official flagship store)",
                "ตัวเลือก: สี × ไซซ์ " + "ยาวมาก ".repeat(60));
        return new OutMessage.ProductCard("https://img.example/" + n + ".jpg", "ลด 25%",
                "เสื้อยืดคอกลมผ้าฝ้าย 100% 男士纯棉圆领T恤 夏季新款 宽松百搭 " + "ชื่อยาว ".repeat(40) + n,
                "¥39.90 · ฿199.50", "¥59.90", details, "เลือกสีและไซซ์ด้านล่าง", rows, null);
    }

    @Test
    void aCardWithManySkuButtonsStaysUnder30KbAndIsAccepted() {
        OutMessage.ProductCard big = card(1, 200);
        assertThat(big.buttons().size()).isGreaterThan(100);
        conversation.answer(in -> Reply.of(big));

        h.post(h.hooks.text(LineSource.group(group, user), "https://item.taobao.com/item.htm?id=1"));
        Delivered d = h.line.await(m -> group.equals(m.to()), WAIT);

        assertThat(d.type()).isEqualTo("flex");
        assertThat(d.json().get("contents").toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(30_000);
        assertThat(d.postbackData()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("sku:1:"));
        assertThat(d.text()).contains("¥39.90");
    }

    @Test
    void twelveSearchResultsFitCarouselsWithinTheLimits() {
        List<OutMessage.ProductCard> cards = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            cards.add(card(i, 6));
        }
        conversation.answer(in -> Reply.of(new OutMessage.Cards("ผลการค้นหา 12 รายการ", cards, null)));

        h.post(h.hooks.text(LineSource.group(group, user), "/search เสื้อยืด"));
        h.line.await(m -> group.equals(m.to()), WAIT);
        h.awaitIdle();

        List<Delivered> all = h.line.deliveredTo(group);
        assertThat(all).allSatisfy(d -> {
            assertThat(d.type()).isEqualTo("flex");
            assertThat(d.json().at("/contents/type").asText()).isEqualTo("carousel");
            assertThat(d.json().get("contents").toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(50_000);
        });
        int bubbles = all.stream().mapToInt(d -> d.json().at("/contents/contents").size()).sum();
        assertThat(bubbles).isEqualTo(12);
        assertThat(all.get(0).text()).isEqualTo("ผลการค้นหา 12 รายการ");
    }

    @Test
    void aSmallCarouselOfTwelveIsOneMessage() {
        List<OutMessage.ProductCard> cards = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            cards.add(new OutMessage.ProductCard("https://img.example/" + i + ".jpg", null, "สินค้า " + i, "฿" + i * 10,
                    null, List.of(), null, List.of(List.of(Button.action("ดูสินค้า", "view:" + i))), null));
        }
        conversation.answer(in -> Reply.of(new OutMessage.Cards("ผลการค้นหา", cards, null)));

        h.post(h.hooks.text(LineSource.group(group, user), "/search กระเป๋า"));
        Delivered d = h.line.await(m -> group.equals(m.to()), WAIT);

        assertThat(d.json().at("/contents/contents").size()).isEqualTo(12);
        assertThat(d.via()).isEqualTo(Delivered.Via.REPLY);
    }

    @Test
    void aVeryLongTextIsSplitAtLineEndsUnder5000Units() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            sb.append("บรรทัดที่ ").append(i).append(" 🍎 รายการสินค้าในตะกร้า\n");
        }
        conversation.answer(in -> Reply.text(sb.toString()));

        h.post(h.hooks.text(LineSource.group(group, user), "/cart"));
        h.line.await(m -> group.equals(m.to()) && m.text().contains("บรรทัดที่ 599"), WAIT);

        List<Delivered> all = h.line.deliveredTo(group);
        assertThat(all.size()).isGreaterThan(1);
        assertThat(all).allSatisfy(d -> assertThat(d.text().length()).isLessThanOrEqualTo(5000));
        assertThat(all).allSatisfy(d -> assertThat(d.text()).endsWith("รายการสินค้าในตะกร้า"));
        assertThat(String.join("\n", all.stream().map(Delivered::text).toList())).isEqualTo(sb.toString().strip());
    }

    @Test
    void quickRepliesGoOnTheLastMessageWithLabelsCutToTwentyGraphemes() {
        conversation.answer(in -> Reply.of(
                new OutMessage.Text(io.groupbuy.conversation.model.RichText.plain("จำนวนเท่าไร?"), List.of(),
                        List.of(Button.action("1", "q:1"), Button.action("2", "q:2"),
                                Button.action("ดูตะกร้าสินค้าทั้งหมดของกลุ่มนี้เลย", "cart")), null),
                OutMessage.Text.of("หรือพิมพ์จำนวนเอง")));

        h.post(h.hooks.text(LineSource.group(group, user), "เลือก"));
        h.line.await(m -> "หรือพิมพ์จำนวนเอง".equals(m.text()), WAIT);

        List<Delivered> all = h.line.deliveredTo(group);
        assertThat(all.get(0).quickReplyLabels()).isEmpty();
        assertThat(all.get(1).quickReplyLabels()).hasSize(6).startsWith("1", "2").endsWith("🛒 /cart", "🙋 /mine", "❓ /help");
        assertThat(LineLengths.countGraphemes(all.get(1).quickReplyLabels().get(2))).isLessThanOrEqualTo(20);
        assertThat(all.get(1).postbackData()).containsExactly("q:1", "q:2", "cart");
    }
}
