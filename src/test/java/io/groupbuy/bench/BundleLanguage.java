package io.groupbuy.bench;

import io.groupbuy.conversation.i18n.Messages;
import io.groupbuy.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells which language a bot answer is in by the bundle sentences it contains: each bundle pattern
 * is cut at its placeholders, and the pieces that belong to one language only (and never occur in
 * the sandbox catalogue, whose Chinese titles show in every language) identify it. Also names the
 * error sentences ({@code error.*}, {@code problem.*}) an answer is made of.
 */
final class BundleLanguage {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final List<String> SENTENCE_PREFIXES = List.of("error.", "problem.", "stale.", "button.");

    private static final BundleLanguage SHARED = new BundleLanguage();

    private final Map<Language, List<String>> fragments = new EnumMap<>(Language.class);
    private final Map<String, Pattern> sentences = new LinkedHashMap<>();
    private final List<Pattern> news = new ArrayList<>();

    static BundleLanguage shared() {
        return SHARED;
    }

    private BundleLanguage() {
        Messages messages = Messages.bundled();
        String catalog = resource("sandbox/catalog.json");
        Map<Language, String> all = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            StringBuilder sb = new StringBuilder();
            messages.keys(l).forEach(k -> sb.append(messages.pattern(l, k)).append('\n'));
            all.put(l, sb.toString());
        }
        for (Language l : Language.values()) {
            List<String> own = new ArrayList<>();
            for (String key : messages.keys(l)) {
                if (key.startsWith("lang.name.") || key.startsWith("marketplace.")) {
                    continue;
                }
                String pattern = messages.pattern(l, key);
                for (String piece : PLACEHOLDER.split(pattern)) {
                    for (String line : piece.split("\n")) {
                        String f = line.strip();
                        int min = l == Language.ZH ? 3 : 6;
                        if (f.codePointCount(0, f.length()) < min || catalog.contains(f) || own.contains(f)) {
                            continue;
                        }
                        boolean elsewhere = false;
                        for (Language other : Language.values()) {
                            elsewhere |= other != l && all.get(other).contains(f);
                        }
                        if (!elsewhere) {
                            own.add(f);
                        }
                    }
                }
                if (SENTENCE_PREFIXES.stream().anyMatch(key::startsWith)) {
                    sentences.put(l.code() + ":" + key, regex(pattern));
                }
                if (key.startsWith("news.status.") || key.startsWith("news.reconciled_")
                        || key.matches("news\\.(price_title|refund_title|price_accepted.*|price_cancelled|price_deciding)")) {
                    news.add(regex(pattern.split("\n")[0]));
                }
            }
            fragments.put(l, own);
        }
    }

    private static Pattern regex(String pattern) {
        StringBuilder re = new StringBuilder();
        int at = 0;
        var m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            re.append(Pattern.quote(pattern.substring(at, m.start()))).append(".{0,200}?");
            at = m.end();
        }
        re.append(Pattern.quote(pattern.substring(at)));
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    /** How many language-specific pieces of each language the text holds. */
    Map<Language, Integer> evidence(String text) {
        Map<Language, Integer> found = new EnumMap<>(Language.class);
        for (Map.Entry<Language, List<String>> e : fragments.entrySet()) {
            int n = 0;
            for (String f : e.getValue()) {
                if (text.contains(f)) {
                    n++;
                }
            }
            if (n > 0) {
                found.put(e.getKey(), n);
            }
        }
        return found;
    }

    enum Verdict { RIGHT, WRONG, UNKNOWN }

    /** RIGHT when the expected language's pieces are there and outnumber every other's. */
    Verdict check(String text, Language expected) {
        Map<Language, Integer> found = evidence(text);
        if (found.isEmpty()) {
            return Verdict.UNKNOWN;
        }
        int mine = found.getOrDefault(expected, 0);
        for (Map.Entry<Language, Integer> e : found.entrySet()) {
            if (e.getKey() != expected && e.getValue() >= mine) {
                return Verdict.WRONG;
            }
        }
        return mine > 0 ? Verdict.RIGHT : Verdict.WRONG;
    }

    /**
     * Order news (status changes, reconciliation, price changes, refunds): sent on its own, in the
     * chat's language, whenever it happens; it answers no member's action.
     */
    boolean isNews(String text) {
        return news.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** The error and refusal sentences in the text, as "lang:key". */
    List<String> sentencesIn(String text) {
        List<String> keys = new ArrayList<>();
        sentences.forEach((key, re) -> {
            if (re.matcher(text).find()) {
                keys.add(key);
            }
        });
        return keys;
    }

    private static String resource(String name) {
        try (InputStream in = BundleLanguage.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
