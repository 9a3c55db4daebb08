package io.groupbuy.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.OrderStatus;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusRulesTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @ParameterizedTest(name = "{0}@{1} then {2}@{3} -> {4}")
    @CsvSource(nullValues = "-", value = {
        "WAITING_PAYMENT, 0, PAID, 10, true",
        "PAID, 10, WAITING_PAYMENT, 5, false",
        "PAID, 10, WAITING_PAYMENT, -, false",
        "SHIPPED, 10, PAID, 20, false",
        "PAID, 10, SHIPPED, 20, true",
        "PAID, 20, SHIPPED, 10, false",
        "SHIPPED, -, RECEIVED, -, true",
        "SHIPPED, 10, CANCELLED, 20, true",
        "CANCELLED, 10, PAID, 20, false",
        "COMPLETED, 10, SHIPPED, 20, false",
        "PAID, 10, PAID, 20, false",
        "PLACING, -, PAID, 5, true",
        "NOT_PLACED, -, WAITING_PAYMENT, 5, true",
        "PAID, 10, OTHER, 20, true",
        "OTHER, 10, SHIPPED, 20, true",
        "WAITING_PAYMENT, 10, PLACING, 20, false",
    })
    void decides(OrderStatus current, Long currentAt, OrderStatus incoming, Long incomingAt, boolean expected) {
        assertThat(StatusRules.supersedes(current, at(currentAt), incoming, at(incomingAt))).isEqualTo(expected);
    }

    private static Instant at(Long seconds) {
        return seconds == null ? null : T0.plusSeconds(seconds);
    }
}
