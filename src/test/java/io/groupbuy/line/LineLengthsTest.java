package io.groupbuy.line;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineLengthsTest {

    @Test
    void thaiLabelsAreCutByGraphemeClusters() {
        String label = "น้ำพริกเผาแม่ประนอม ขนาดใหญ่พิเศษ";
        String cut = LineLengths.graphemes(label, 20);

        assertThat(LineLengths.countGraphemes(cut)).isEqualTo(20);
        assertThat(cut).endsWith("…");
        assertThat(LineLengths.graphemes("สั้น", 20)).isEqualTo("สั้น");
    }

    @Test
    void unitsNeverSplitASurrogatePair() {
        String s = "ab🍎🍎🍎";
        String cut = LineLengths.units(s, 5);

        assertThat(cut.length()).isLessThanOrEqualTo(5);
        assertThat(cut).isEqualTo("ab🍎…");
    }
}
