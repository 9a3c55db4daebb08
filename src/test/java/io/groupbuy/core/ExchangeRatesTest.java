package io.groupbuy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {
    private final ExchangeRates rates = new ExchangeRates(Map.of("THB", 5_000_000L, "JPY", 21_000_000L,
            "USD", 140_000L));

    @Test
    void convertsFenToMinorUnitsOfTheCurrency() {
        assertThat(rates.convert(3990, "THB")).isEqualTo(19950);  // 39.90 CNY = 199.50 THB
        assertThat(rates.convert(3990, "USD")).isEqualTo(559);    // 5.586 -> 5.59
        assertThat(rates.convert(3990, "JPY")).isEqualTo(838);    // yen has no minor unit
        assertThat(rates.convert(3990, "CNY")).isEqualTo(3990);
    }

    @Test
    void parsesDecimalRates() {
        assertThat(ExchangeRates.micros("5.00")).isEqualTo(5_000_000L);
        assertThat(ExchangeRates.micros("0.1385")).isEqualTo(138_500L);
    }

    @Test
    void unknownCurrencyIsAUserError() {
        assertThatThrownBy(() -> rates.convert(100, "XYZ")).isInstanceOf(UserError.class);
        assertThat(rates.supports("thb")).isTrue();
        assertThat(rates.currencies()).contains("CNY", "THB", "USD", "JPY");
    }
}
