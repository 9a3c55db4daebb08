package io.groupbuy.conversation.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.ExchangeRates;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {
    private final ExchangeRates rates = new ExchangeRates(Map.of("THB", 5_000_000L, "USD", 140_000L,
            "EUR", 130_000L, "JPY", 21_000_000L, "SGD", 190_000L));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "THB | 3990    | ¥39.90 · ฿199.50",
            "USD | 3990    | ¥39.90 · $5.59",
            "EUR | 100     | ¥1.00 · €0.13",
            "JPY | 3990    | ¥39.90 · 838 JPY",
            "SGD | 3990    | ¥39.90 · 7.58 SGD",
            "CNY | 3990    | ¥39.90",
            "THB | 1234567 | ¥12,345.67 · ฿61,728.35",
            "THB | -500    | −¥5.00 · −฿25.00"})
    void bothCurrencies(String currency, long fen, String expected) {
        assertThat(MoneyFormat.forChat(currency, rates).both(fen)).isEqualTo(expected);
    }

    @Test
    void unknownRateShowsCnyOnly() {
        assertThat(MoneyFormat.forChat("XYZ", rates).both(3990)).isEqualTo("¥39.90");
        assertThat(MoneyFormat.forChat("XYZ", rates).rate()).isEmpty();
    }

    @Test
    void rangesAndRates() {
        MoneyFormat thb = MoneyFormat.forChat("THB", rates);
        assertThat(thb.range(2990, 3990)).isEqualTo("¥29.90–39.90 · ฿149.50–199.50");
        assertThat(thb.range(2990, 2990)).isEqualTo("¥29.90 · ฿149.50");
        assertThat(thb.rate()).isEqualTo("¥1 = ฿5.00");
        assertThat(MoneyFormat.forChat("USD", rates).rate()).isEqualTo("¥1 = $0.14");
        assertThat(thb.localPlain(3990)).isEqualTo("199.50");
        assertThat(MoneyFormat.plain(-5)).isEqualTo("-0.05");
    }
}
