package io.groupbuy.app.config;

import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.Secret;
import io.groupbuy.core.UserId;
import io.groupbuy.core.cart.CartLimits;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the configuration (precedence: environment, then the config file, then the
 * jar's defaults). Every error names the key and what is expected.
 */
public final class ConfigLoader {
    public static final List<String> SIGNERS = List.of("md5-sorted", "md5-concat", "hmac-md5");
    private static final Pattern WEBHOOK_SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    private ConfigLoader() {
    }

    public static BotConfig load(Map<String, String> env, Path workingDir) {
        return from(RawSettings.load(env, workingDir));
    }

    public static BotConfig fromEnvironment() {
        return load(System.getenv(), Path.of("").toAbsolutePath());
    }

    static BotConfig from(RawSettings raw) {
        String currency = currency(raw, "BOT_CURRENCY");
        Map<String, Long> rates = rates(raw);
        rates.remove(currency);
        return new BotConfig(telegram(raw), line(raw), pandapon(raw), dbUrl(raw),
                required(raw, "BOT_HTTP_HOST"), port(raw, "BOT_HTTP_PORT"), optionalUrl(raw, "BOT_PUBLIC_URL"),
                currency, rate(raw, "BOT_CNY_RATE", raw.get("BOT_CNY_RATE")), Map.copyOf(rates), admins(raw),
                new CartLimits(intIn(raw, "BOT_MAX_QUANTITY_PER_LINE", 1, 10_000),
                        intIn(raw, "BOT_MAX_LINES_PER_CART", 1, 1_000)),
                logLevel(raw), raw.source());
    }

    private static Optional<TelegramConfig> telegram(RawSettings raw) {
        String token = raw.get("TELEGRAM_BOT_TOKEN");
        String modeText = required(raw, "TELEGRAM_MODE").toLowerCase(Locale.ROOT);
        TelegramConfig.Mode mode = switch (modeText) {
            case "polling" -> TelegramConfig.Mode.POLLING;
            case "webhook" -> TelegramConfig.Mode.WEBHOOK;
            default -> throw new ConfigException("TELEGRAM_MODE must be polling or webhook, got '" + modeText + "'");
        };
        URI apiUrl = url(raw, "TELEGRAM_API_URL");
        if (apiUrl.getPath() != null && !apiUrl.getPath().isEmpty() && !apiUrl.getPath().equals("/")) {
            throw new ConfigException("TELEGRAM_API_URL must be scheme://host[:port] without a path, got '"
                    + apiUrl + "'");
        }
        Optional<Secret> secret = Optional.ofNullable(raw.get("TELEGRAM_WEBHOOK_SECRET")).map(Secret::of);
        if (secret.isPresent() && !WEBHOOK_SECRET.matcher(secret.get().reveal()).matches()) {
            throw new ConfigException("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -");
        }
        if (token == null) {
            return Optional.empty();
        }
        if (!token.matches("[0-9]{1,20}:[A-Za-z0-9_-]{1,200}")) {
            throw new ConfigException("TELEGRAM_BOT_TOKEN does not look like a bot token (<digits>:<letters>)");
        }
        if (mode == TelegramConfig.Mode.WEBHOOK && secret.isEmpty()) {
            throw new ConfigException("TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_MODE is webhook");
        }
        return Optional.of(new TelegramConfig(Secret.of(token), apiUrl, mode, secret));
    }

    private static Optional<LineConfig> line(RawSettings raw) {
        String secret = raw.get("LINE_CHANNEL_SECRET");
        String token = raw.get("LINE_CHANNEL_TOKEN");
        URI api = url(raw, "LINE_API_URL");
        URI data = url(raw, "LINE_DATA_API_URL");
        if (secret == null && token == null) {
            return Optional.empty();
        }
        if (secret == null || token == null) {
            throw new ConfigException((secret == null ? "LINE_CHANNEL_SECRET" : "LINE_CHANNEL_TOKEN")
                    + " is missing: LINE needs both LINE_CHANNEL_SECRET and LINE_CHANNEL_TOKEN");
        }
        return Optional.of(new LineConfig(Secret.of(secret), Secret.of(token),
                Optional.ofNullable(raw.get("LINE_CHANNEL_SECRET_PREVIOUS")).map(Secret::of), api, data));
    }

    private static PandaPonConfig pandapon(RawSettings raw) {
        String ak = raw.get("PANDAPON_ACCESS_KEY");
        String sk = raw.get("PANDAPON_SECRET_KEY");
        String uid = raw.get("PANDAPON_USER_ID");
        Optional<PandaPonConfig.Credentials> credentials = Optional.empty();
        if (ak != null || sk != null || uid != null) {
            for (String key : List.of("PANDAPON_ACCESS_KEY", "PANDAPON_SECRET_KEY", "PANDAPON_USER_ID")) {
                if (raw.get(key) == null) {
                    throw new ConfigException(key + " is missing: live mode needs PANDAPON_ACCESS_KEY, "
                            + "PANDAPON_SECRET_KEY and PANDAPON_USER_ID (leave all three unset for sandbox mode)");
                }
            }
            credentials = Optional.of(new PandaPonConfig.Credentials(ak, Secret.of(sk), uid));
        }
        String signer = required(raw, "PANDAPON_SIGNER").toLowerCase(Locale.ROOT);
        if (!SIGNERS.contains(signer)) {
            throw new ConfigException("PANDAPON_SIGNER must be one of " + SIGNERS + ", got '" + signer + "'");
        }
        Optional<Secret> callbackToken = Optional.ofNullable(raw.get("PANDAPON_CALLBACK_TOKEN")).map(Secret::of);
        if (callbackToken.isPresent() && !callbackToken.get().reveal().matches("[A-Za-z0-9_-]{16,128}")) {
            throw new ConfigException("PANDAPON_CALLBACK_TOKEN must be 16-128 characters of A-Z a-z 0-9 _ -");
        }
        PandaPonConfig.Receiver receiver = new PandaPonConfig.Receiver(required(raw, "PANDAPON_RECEIVER_NAME"),
                required(raw, "PANDAPON_RECEIVER_PHONE"), required(raw, "PANDAPON_RECEIVER_PROVINCE"),
                required(raw, "PANDAPON_RECEIVER_CITY"), required(raw, "PANDAPON_RECEIVER_DISTRICT"),
                required(raw, "PANDAPON_RECEIVER_ADDRESS"), required(raw, "PANDAPON_RECEIVER_ZIP"));
        return new PandaPonConfig(url(raw, "PANDAPON_BASE_URL"), credentials, signer, callbackToken,
                port(raw, "PANDAPON_SANDBOX_PORT"), receiver);
    }

    private static String dbUrl(RawSettings raw) {
        String url = required(raw, "BOT_DB_URL");
        if (!url.startsWith("jdbc:sqlite:")) {
            throw new ConfigException("BOT_DB_URL must be a SQLite JDBC URL (jdbc:sqlite:<file>), got '" + url + "'");
        }
        return url;
    }

    private static Set<UserId> admins(RawSettings raw) {
        String text = raw.get("BOT_ADMINS");
        Set<UserId> admins = new LinkedHashSet<>();
        if (text == null) {
            return admins;
        }
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                admins.add(UserId.parse(part.trim()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("BOT_ADMINS must list channel:id entries such as telegram:123 or "
                        + "line:Uabc, got '" + part.trim() + "'");
            }
        }
        return Set.copyOf(admins);
    }

    private static Map<String, Long> rates(RawSettings raw) {
        Map<String, Long> rates = new LinkedHashMap<>();
        String text = raw.get("BOT_RATES");
        if (text == null) {
            return rates;
        }
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.trim().split(":", 2);
            if (kv.length != 2 || !CURRENCY.matcher(kv[0].trim().toUpperCase(Locale.ROOT)).matches()) {
                throw new ConfigException("BOT_RATES must list CODE:rate entries such as USD:0.14, got '"
                        + part.trim() + "'");
            }
            rates.put(kv[0].trim().toUpperCase(Locale.ROOT), rate(raw, "BOT_RATES", kv[1]));
        }
        return rates;
    }

    private static long rate(RawSettings raw, String key, String text) {
        try {
            long micros = ExchangeRates.micros(text);
            if (micros <= 0) {
                throw new NumberFormatException();
            }
            return micros;
        } catch (RuntimeException e) {
            throw new ConfigException(key + " must be a positive decimal number such as 5.00, got '" + text + "'");
        }
    }

    private static String currency(RawSettings raw, String key) {
        String c = required(raw, key).toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(c).matches()) {
            throw new ConfigException(key + " must be a three-letter currency code such as THB, got '" + c + "'");
        }
        return c;
    }

    private static String logLevel(RawSettings raw) {
        String level = required(raw, "BOT_LOG_LEVEL").toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            throw new ConfigException("BOT_LOG_LEVEL must be one of " + LOG_LEVELS + ", got '" + level + "'");
        }
        return level;
    }

    private static int port(RawSettings raw, String key) {
        return intIn(raw, key, 0, 65_535);
    }

    private static int intIn(RawSettings raw, String key, int min, int max) {
        String text = required(raw, key);
        try {
            int v = Integer.parseInt(text.trim());
            if (v < min || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number from " + min + " to " + max + ", got '"
                    + text + "'");
        }
    }

    private static URI url(RawSettings raw, String key) {
        String text = required(raw, key);
        return parseUrl(key, text);
    }

    private static Optional<URI> optionalUrl(RawSettings raw, String key) {
        String text = raw.get(key);
        return text == null ? Optional.empty() : Optional.of(parseUrl(key, text.replaceAll("/+$", "")));
    }

    private static URI parseUrl(String key, String text) {
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new URISyntaxException(text, "not http(s)");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(key + " must be an http:// or https:// URL, got '" + text + "'");
        }
    }

    private static String required(RawSettings raw, String key) {
        String v = raw.get(key);
        if (v == null) {
            throw new ConfigException(key + " must not be empty");
        }
        return v;
    }
}
