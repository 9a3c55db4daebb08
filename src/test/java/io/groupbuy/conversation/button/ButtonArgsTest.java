package io.groupbuy.conversation.button;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.model.Button;
import io.groupbuy.core.ChatId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ButtonArgsTest {
    @Test
    void anyValueSurvivesTheRoundTrip() {
        ButtonArgs args = ButtonArgs.of("card:sim:1", "taobao:672991141190", 0, "红色, 大号", "a%b", "", null);
        ButtonArgs back = ButtonArgs.decode(args.encode());
        assertThat(back.values()).containsExactly("card:sim:1", "taobao:672991141190", "0", "红色, 大号", "a%b", "", "");
        assertThat(back.number(2)).hasValue(0);
        assertThat(back.number(3)).isEmpty();
        assertThat(back.get(99)).isEmpty();
        assertThat(back.rest(3)).containsExactly("红色, 大号", "a%b", "", "");
    }

    @Test
    void brokenStoredArgumentsNeverThrow() {
        assertThat(ButtonArgs.decode("%zz,1").values()).containsExactly("", "1");
        assertThat(ButtonArgs.decode(null).size()).isZero();
    }

    @Test
    void payloadsAreShortOpaqueTokens() {
        ButtonMaker maker = new ButtonMaker(ChatId.telegram(-100), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        Button b = maker.action("Confirm", Act.CONFIRM, 123456789L);
        assertThat(b.payload()).matches("b:[0-9A-Za-z]{12}").doesNotContain("123456789");
        assertThat(ButtonMaker.tokenOf(b.payload())).hasSize(12);
        assertThat(ButtonMaker.tokenOf("b:short")).isNull();
        assertThat(ButtonMaker.tokenOf("x:" + b.payload().substring(2))).isNull();
    }
}
