package io.groupbuy.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Display-currency rates against CNY, as micro-units of the currency per 1 CNY (THB 5.00 = 5_000_000).
 * Conversion goes from fen to the currency's own minor unit (satang, cents; yen has none), rounding
 * half up. Prices are only ever charged in CNY: these numbers are for members to read.
 */
public final class ExchangeRates {
    /** Currencies without minor units. */
    private static final Map<String, Integer> DIGITS = Map.of("JPY", 0, "KRW", 0, "VND", 0, "IDR", 0);

    private final Map<String, Long> microsPerCny;

    public ExchangeRates(Map<String, Long> microsPerCny) {
        TreeMap<String, Long> copy = new TreeMap<>();
        microsPerCny.forEach((k, v) -> {
            if (v == null || v <= 0) {
                throw new IllegalArgumentException("rate for " + k + " must be positive");
            }
            copy.put(k.toUpperCase(Locale.ROOT), v);
        });
        copy.put("CNY", 1_000_000L);
        this.microsPerCny = Map.copyOf(copy);
    }

    /** Parses "5.00" into micro-units. */
    public static long micros(String decimal) {
        return new BigDecimal(decimal.trim()).movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public boolean supports(String currency) {
        return currency != null && microsPerCny.containsKey(currency.toUpperCase(Locale.ROOT));
    }

    public Optional<Long> rate(String currency) {
        return Optional.ofNullable(microsPerCny.get(currency.toUpperCase(Locale.ROOT)));
    }

    public java.util.Set<String> currencies() {
        return new java.util.TreeSet<>(microsPerCny.keySet());
    }

    public static int minorDigits(String currency) {
        return DIGITS.getOrDefault(currency.toUpperCase(Locale.ROOT), 2);
    }

    /** fen of CNY to minor units of {@code currency} at {@code rateMicros}. */
    public static long convert(long fen, long rateMicros, String currency) {
        BigDecimal yuanMinor = BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(rateMicros))
                .movePointLeft(6); // minor units with 2 digits
        int digits = minorDigits(currency);
        return yuanMinor.movePointLeft(2 - digits).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public long convert(long fen, String currency) {
        return convert(fen, rate(currency).orElseThrow(
                () -> new UserError(UserError.Problem.CURRENCY_UNKNOWN, currency)), currency);
    }
}
