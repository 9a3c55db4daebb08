package io.groupbuy.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.OutMessage;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CardCaptionTest {
    @Test
    void aShortCardKeepsEverythingEscaped() {
        OutMessage.ProductCard card = new OutMessage.ProductCard(null, "NEW", "Tee <M>", "¥10 · ฿50", "¥12",
                List.of("Stock 3", "Shop A&B"), "Pick a size", List.of(), null);

        assertThat(CardCaption.html("Results", card, 1024)).isEqualTo("<i>Results</i>\n<b>NEW Tee &lt;M&gt;</b>\n"
                + "¥10 · ฿50 <s>¥12</s>\nStock 3\nShop A&amp;B\n<i>Pick a size</i>");
    }

    @Property(tries = 200)
    void theVisibleTextNeverExceedsTheLimit(@ForAll @StringLength(max = 3000) String title,
                                            @ForAll @IntRange(max = 60) int detailCount,
                                            @ForAll @StringLength(max = 300) String prompt) {
        List<String> details = new ArrayList<>();
        for (int i = 0; i < detailCount; i++) {
            details.add("detail " + i + " " + "x".repeat(i * 3));
        }
        OutMessage.ProductCard card = new OutMessage.ProductCard(null, null, title.isEmpty() ? "t" : title,
                "¥1", "¥2", details, prompt, List.of(), null);

        String html = CardCaption.html("heading", card, 1024);
        String visible = html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        assertThat(visible.length()).isLessThanOrEqualTo(1024);
        assertThat(html).contains("<b>");
    }
}
