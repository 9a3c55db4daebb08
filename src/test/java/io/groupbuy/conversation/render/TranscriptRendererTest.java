package io.groupbuy.conversation.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptRendererTest {
    private final TranscriptRenderer renderer = new TranscriptRenderer();

    @Test
    void cardsListingsFilesAndNotices() {
        Reply reply = new Reply(List.of(
                new OutMessage.ProductCard("https://img/1.jpg", "Taobao", "T-shirt", "¥29.90", "¥39.90",
                        List.of("In stock: 5"), "Choose Colour:",
                        List.of(List.of(Button.action("Red", "b:1"), Button.link("Shop", "https://x"))), "card:1"),
                new OutMessage.Listing("Cart", List.of(new OutMessage.Section("Anna",
                        List.of(new OutMessage.Item("2 × T-shirt", "¥59.80", "price changed")), "Subtotal: ¥59.80")),
                        List.of("Total: 2 items"), List.of(), null),
                new OutMessage.Text(RichText.builder().bold("Done").newline().plain("ok").build(), List.of(),
                        List.of(Button.action("Cart", "b:2")), null),
                new OutMessage.Document("cart.csv", "text/csv", new byte[] {1, 2, 3}, "export", null, null)),
                "added");

        assertThat(renderer.render(reply)).isEqualTo("""
                [picture] [Taobao] T-shirt
                ¥29.90 (was ¥39.90)
                In stock: 5
                Choose Colour:
                [Red] [Shop ↗]

                == Cart ==
                Anna
                  2 × T-shirt … ¥59.80
                    ! price changed
                  Subtotal: ¥59.80
                Total: 2 items

                Done
                ok
                [Cart]

                [file] cart.csv (text/csv, 3 bytes) export

                (notice) added
                """);
    }
}
