package io.groupbuy.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/cart|/cart",
        "/cart@groupbuy_bot|/cart",
        "/cart@GroupBuy_Bot|/cart",
        "/add@groupbuy_bot 2 red|/add 2 red",
        "/add 2 red@groupbuy_bot|/add 2 red@groupbuy_bot",
        "hello @groupbuy_bot|hello @groupbuy_bot",
        "/|/",
        "/ spaced|/ spaced",
    })
    void ourCommandsLoseTheSuffix(String text, String expected) {
        assertThat(CommandText.forBot(text, "groupbuy_bot")).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"/cart@other_bot", "/add@other_bot 2 red", "/cart@groupbuy_bot2"})
    void commandsForAnotherBotAreNotOurs(String text) {
        assertThat(CommandText.forBot(text, "groupbuy_bot")).isEqualTo(Optional.empty());
    }
}
