package io.groupbuy.conversation.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextSplitterTest {
    @Test
    void shortTextsStayWhole() {
        RichText text = RichText.builder().bold("Cart").newline().plain("2 × shirt").build();
        assertThat(TextSplitter.telegram().split(text)).containsExactly(text);
    }

    @Test
    void splitsBetweenLinesNeverInsideOne() {
        List<String> chunks = new TextSplitter(12, UnitCounter.UTF16).split("aaaa bbbb\ncccc\ndddd eeee\nff");
        assertThat(chunks).containsExactly("aaaa bbbb", "cccc", "dddd eeee\nff");
    }

    @Test
    void aLineLongerThanTheLimitIsCutAtASpace() {
        List<String> chunks = new TextSplitter(10, UnitCounter.UTF16).split("one two three four five");
        assertThat(chunks).containsExactly("one two ", "three four", "five");
        assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(10));
    }

    @Test
    void aLineWithoutSpacesIsCutBetweenCharactersNeverInsideASurrogatePair() {
        String emoji = "😀"; // two UTF-16 units
        String line = emoji.repeat(7);
        List<String> chunks = new TextSplitter(5, UnitCounter.UTF16).split(line);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.length()).isLessThanOrEqualTo(5);
            assertThat(Character.isHighSurrogate(c.charAt(c.length() - 1))).isFalse();
            assertThat(Character.isLowSurrogate(c.charAt(0))).isFalse();
        });
        assertThat(String.join("", chunks)).isEqualTo(line);
    }

    @Test
    void thaiIsCutBetweenWordsAndNeverSeparatesAVowelMarkFromItsConsonant() {
        String thai = "ตะกร้ารวมของกลุ่มสั่งซื้อสินค้าด้วยกัน";
        List<String> chunks = new TextSplitter(12, UnitCounter.UTF16).split(thai);
        assertThat(String.join("", chunks)).isEqualTo(thai);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.length()).isLessThanOrEqualTo(12);
            assertThat(Character.getType(c.charAt(0))).isNotEqualTo((int) Character.NON_SPACING_MARK);
        });
        assertThat(chunks.get(0)).isEqualTo("ตะกร้ารวมของ");
    }

    @Test
    void codePointsCountAnEmojiOnce() {
        List<String> chunks = new TextSplitter(4, UnitCounter.CODE_POINTS).split("😀😀😀😀\n😀");
        assertThat(chunks).containsExactly("😀😀😀😀", "😀");
    }

    @Test
    void stylesSurviveTheSplit() {
        RichText text = RichText.builder().bold("Title line").newline().plain("x".repeat(8)).newline()
                .code("code here").build();
        List<RichText> chunks = new TextSplitter(12, UnitCounter.UTF16).split(text);
        assertThat(chunks).hasSize(3);
        assertThat(chunks.get(0).segments()).singleElement()
                .isEqualTo(new RichText.Segment("Title line", RichText.Style.BOLD));
        assertThat(chunks.get(2).segments()).singleElement()
                .isEqualTo(new RichText.Segment("code here", RichText.Style.CODE));
    }

    @Test
    void platformLimits() {
        String thai = "สวัสดีค่ะ ตะกร้ารวมของกลุ่ม\n".repeat(400);
        assertThat(TextSplitter.telegram().split(thai)).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(4096));
        assertThat(TextSplitter.line().split(thai)).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(5000));
        assertThat(TextSplitter.line().split(thai)).hasSize(3);
    }

    @Test
    void randomTextsAreCutWithinTheLimitAndLoseNothing() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int limit = 5 + random.nextInt(60);
            List<String> lines = new ArrayList<>();
            int count = 1 + random.nextInt(30);
            for (int i = 0; i < count; i++) {
                lines.add(randomLine(random, 1 + random.nextInt(limit)));
            }
            String text = String.join("\n", lines);
            List<String> chunks = new TextSplitter(limit, UnitCounter.UTF16).split(text);
            assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(limit));
            // every line fits, so no line may be cut: the chunks are whole lines joined back together
            assertThat(String.join("\n", chunks)).isEqualTo(text);
        }
    }

    @Test
    void randomLongLinesAreCutWithinTheLimitKeepingEveryCharacter() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int limit = 2 + random.nextInt(40);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(10); i++) {
                lines.add(randomLine(random, 1 + random.nextInt(limit * 3)));
            }
            String text = String.join("\n", lines);
            List<String> chunks = new TextSplitter(limit, UnitCounter.UTF16).split(text);
            assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(limit));
            assertThat(String.join("", chunks).replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
        }
    }

    private static String randomLine(Random random, int length) {
        String alphabet = "abcdefก่ขค中文 ";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
