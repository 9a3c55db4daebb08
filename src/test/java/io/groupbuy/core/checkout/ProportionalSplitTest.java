package io.groupbuy.core.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionalSplitTest {

    @ParameterizedTest(name = "{0} over [{1}] -> [{2}]")
    @CsvSource(delimiter = ';', value = {
        "600; 1000 2000 3000; 100 200 300",
        "100; 1 1 1; 34 33 33",
        "1; 5 5; 1 0",
        "2; 1 1 1; 1 1 0",
        "0; 3 4; 0 0",
        "-100; 1 1 1; -34 -33 -33",
        "10; 0 0; 5 5",
        "7; 0 3; 0 7",
        "999; 2990 7980 1200; 245 655 99",
    })
    void splitsLikeTheTable(long amount, String weights, String expected) {
        assertThat(ProportionalSplit.split(amount, longs(weights))).containsExactly(longs(expected));
    }

    @Property
    void partsAlwaysAddUpExactly(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long amount,
                                 @ForAll @Size(min = 1, max = 40) long[] rawWeights) {
        long[] weights = Arrays.stream(rawWeights).map(w -> Math.abs(w % 100_000_000L)).toArray();
        long[] parts = ProportionalSplit.split(amount, weights);
        assertThat(Arrays.stream(parts).sum()).isEqualTo(amount);
    }

    @Property
    void eachPartIsWithinOneFenOfItsExactShare(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long amount,
                                               @ForAll @Size(min = 1, max = 20) long[] rawWeights) {
        long[] weights = Arrays.stream(rawWeights).map(w -> 1 + Math.abs(w % 1_000_000L)).toArray();
        long total = Arrays.stream(weights).sum();
        long[] parts = ProportionalSplit.split(amount, weights);
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) amount * weights[i] / total;
            assertThat(Math.abs(parts[i] - exact)).isLessThan(1.0 + 1e-6);
        }
    }

    private static long[] longs(String s) {
        return Arrays.stream(s.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
    }
}
