package io.groupbuy.conversation.render;

import io.groupbuy.core.ExchangeRates;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Amounts as members read them: "¥39.90 · ฿199.50", CNY first (what is actually charged) and the
 * chat's currency after it at {@code rateMicros}; once only when the chat counts in CNY or no rate is
 * known. Orders are shown at the rate locked on them, carts at today's rate.
 */
public final class MoneyFormat {
    private static final String SEPARATOR = " · ";

    private final String currency;
    private final Long rateMicros;

    public MoneyFormat(String currency, Long rateMicros) {
        this.currency = currency == null ? "CNY" : currency.toUpperCase(Locale.ROOT);
        this.rateMicros = rateMicros;
    }

    /** Today's rate for the chat's currency (CNY only when the rate is unknown). */
    public static MoneyFormat forChat(String currency, ExchangeRates rates) {
        return new MoneyFormat(currency, currency == null ? null : rates.rate(currency).orElse(null));
    }

    public String currency() {
        return currency;
    }

    /** CNY and the chat's currency. */
    public String both(long fen) {
        if (showsCnyOnly()) {
            return cny(fen);
        }
        return cny(fen) + SEPARATOR + local(fen);
    }

    /** A range "¥29.90–39.90 · ฿149.50–199.50", or one amount when both ends are equal. */
    public String range(long lowFen, long highFen) {
        if (lowFen == highFen) {
            return both(lowFen);
        }
        String cny = cny(lowFen) + "–" + number(highFen, 2);
        if (showsCnyOnly()) {
            return cny;
        }
        long lo = ExchangeRates.convert(lowFen, rateMicros, currency);
        long hi = ExchangeRates.convert(highFen, rateMicros, currency);
        int digits = ExchangeRates.minorDigits(currency);
        return cny + SEPARATOR + amount(currency, lo, digits) + "–" + number(hi, digits);
    }

    public String cny(long fen) {
        return amount("CNY", fen, 2);
    }

    /** The amount in the chat's currency only. */
    public String local(long fen) {
        if (showsCnyOnly()) {
            return cny(fen);
        }
        return amount(currency, ExchangeRates.convert(fen, rateMicros, currency), ExchangeRates.minorDigits(currency));
    }

    /** The amount in the chat's currency as a plain decimal for files ("199.50"). */
    public String localPlain(long fen) {
        if (showsCnyOnly()) {
            return plain(fen);
        }
        int digits = ExchangeRates.minorDigits(currency);
        return BigDecimal.valueOf(ExchangeRates.convert(fen, rateMicros, currency)).movePointLeft(digits)
                .setScale(digits).toPlainString();
    }

    /** "¥1 = ฿5.00" for the rate this format uses. */
    public String rate() {
        if (showsCnyOnly()) {
            return "";
        }
        BigDecimal perCny = BigDecimal.valueOf(rateMicros).movePointLeft(6).stripTrailingZeros();
        if (perCny.scale() < 2) {
            perCny = perCny.setScale(2);
        }
        return "¥1 = " + prefix(currency) + perCny.toPlainString() + suffix(currency);
    }

    private boolean showsCnyOnly() {
        return "CNY".equals(currency) || rateMicros == null;
    }

    /** A plain decimal for files: "39.90", "-5.00". */
    public static String plain(long fen) {
        BigDecimal v = BigDecimal.valueOf(fen).movePointLeft(2);
        return v.setScale(2).toPlainString();
    }

    static String amount(String code, long minor, int digits) {
        String sign = minor < 0 ? "−" : "";
        return sign + prefix(code) + number(Math.abs(minor), digits) + suffix(code);
    }

    private static String number(long minor, int digits) {
        BigDecimal v = BigDecimal.valueOf(Math.abs(minor)).movePointLeft(digits).setScale(digits);
        return String.format(Locale.ROOT, "%,." + digits + "f", v);
    }

    private static String prefix(String code) {
        return switch (code) {
            case "CNY" -> "¥";
            case "THB" -> "฿";
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            default -> "";
        };
    }

    private static String suffix(String code) {
        return prefix(code).isEmpty() ? " " + code : "";
    }
}
