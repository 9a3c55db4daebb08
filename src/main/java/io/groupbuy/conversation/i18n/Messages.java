package io.groupbuy.conversation.i18n;

import io.groupbuy.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every sentence the bot says, in Thai, English and Chinese, read from the UTF-8 bundles
 * {@code i18n/messages_{th,en,zh}.properties}. Arguments use {@link MessageFormat} placeholders
 * ({@code {0}}); apostrophes in the bundles are literal (they are escaped here, so nobody has to
 * remember MessageFormat's quoting rules when writing "can't").
 */
public final class Messages {
    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final String RESOURCE = "i18n/messages_%s.properties";

    private final Map<Language, Map<String, String>> bundles;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Map<Language, Map<String, String>> bundles) {
        this.bundles = bundles;
    }

    /** The bundles shipped in the jar. */
    public static Messages bundled() {
        Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            bundles.put(language, load(String.format(RESOURCE, language.code())));
        }
        return new Messages(bundles);
    }

    private static Map<String, String> load(String resource) {
        InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing message bundle " + resource);
        }
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, String> map = new ConcurrentHashMap<>();
        p.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return Collections.unmodifiableMap(map);
    }

    /** The messages of one language. */
    public Texts in(Language language) {
        return new Texts(this, language);
    }

    public Set<String> keys(Language language) {
        return new TreeSet<>(bundles.get(language).keySet());
    }

    /** The raw pattern, or null when the key is missing. */
    public String pattern(Language language, String key) {
        return bundles.get(language).get(key);
    }

    public boolean has(Language language, String key) {
        return bundles.get(language).containsKey(key);
    }

    /**
     * The sentence for {@code key} with its arguments. A missing key never fails a reply: English is
     * tried, then the key itself is shown (and logged), so a gap is visible but harmless.
     */
    public String format(Language language, String key, Object... args) {
        String pattern = pattern(language, key);
        Language used = language;
        if (pattern == null) {
            log.warn("message key {} missing for {}", key, language.code());
            pattern = pattern(Language.EN, key);
            used = Language.EN;
            if (pattern == null) {
                return key;
            }
        }
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        Language lang = used;
        String p = pattern;
        MessageFormat format = formats.computeIfAbsent(lang.code() + ":" + key,
                k -> new MessageFormat(p.replace("'", "''"), lang.locale()));
        synchronized (format) {
            return format.format(stringified(args == null ? new Object[0] : args));
        }
    }

    // Numbers arrive as text already formatted the way we want (order numbers must never read "1,234").
    private static Object[] stringified(Object[] args) {
        Object[] out = new Object[Math.max(args.length, 8)];
        for (int i = 0; i < out.length; i++) {
            out[i] = i < args.length && args[i] != null ? args[i].toString() : "";
        }
        return out;
    }
}
