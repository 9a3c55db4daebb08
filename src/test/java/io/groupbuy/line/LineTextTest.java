package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineTextTest {

    @Test
    void thaiLabelsAreCutByGraphemeClusters() {
        String label = "น้ำพริกเผาแม่ประนอม ขนาดใหญ่พิเศษ";
        String cut = LineText.graphemes(label, 20);

        assertThat(LineText.countGraphemes(cut)).isEqualTo(20);
        assertThat(cut).endsWith("…");
        assertThat(LineText.graphemes("สั้น", 20)).isEqualTo("สั้น");
    }

    @Test
    void unitsNeverSplitASurrogatePair() {
        String s = "ab🍎🍎🍎";
        String cut = LineText.units(s, 5);

        assertThat(cut.length()).isLessThanOrEqualTo(5);
        assertThat(cut).isEqualTo("ab🍎…");
    }

    @Test
    void splitPrefersLineEnds() {
        assertThat(LineText.split("aaa\nbbb\nccc", 7)).containsExactly("aaa\nbbb", "ccc");
        assertThat(LineText.split("", 7)).isEmpty();
    }

    @Test
    void aLineLongerThanThePartIsCutWithoutBreakingEmoji() {
        List<String> parts = LineText.split("x".repeat(4) + "🍎" + "y".repeat(4), 5);

        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(5));
        assertThat(String.join("", parts)).isEqualTo("xxxx🍎yyyy");
        assertThat(parts.get(0)).isEqualTo("xxxx");
    }
}
