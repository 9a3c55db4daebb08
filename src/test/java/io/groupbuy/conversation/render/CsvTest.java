package io.groupbuy.conversation.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain          | plain",
            "a,b            | `\"a,b\"`",
            "`say \"hi\"`   | `\"say \"\"hi\"\"\"`",
            "=HYPERLINK(1)  | '=HYPERLINK(1)",
            "+66 81         | '+66 81",
            "-5.00          | -5.00",
            "เสื้อ 红色      | เสื้อ 红色"})
    void cells(String value, String expected) {
        assertThat(Csv.cell(value)).isEqualTo(expected);
    }
}
