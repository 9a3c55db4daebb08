package io.groupbuy.conversation.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/cart                 | cart     | ''",
            "/CART                 | cart     | ''",
            "/search  连衣裙 红色    | search   | 连衣裙 红色",
            "/search1688 socks     | search1688 | socks",
            "/qty@PandaBuddyBot 7  | qty      | 7",
            "/ตะกร้า               | cart     | ''",
            "/购物车               | cart     | ''",
            "/admin add @Nok       | admin    | add @Nok"})
    void parses(String text, String name, String args) {
        assertThat(CommandLine.parse(text)).hasValue(new CommandLine(name, args, text.contains("@Pan")));
    }

    @Test
    void notCommands() {
        assertThat(CommandLine.parse("hello /cart")).isEmpty();
        assertThat(CommandLine.parse("/")).isEmpty();
        assertThat(CommandLine.parse(null)).isEmpty();
    }
}
