package io.groupbuy.core;

import java.util.Locale;
import java.util.Optional;

/** The languages the bot speaks. */
public enum Language {
    TH("th"),
    EN("en"),
    ZH("zh");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** Accepts "th", "en", "zh" and platform tags such as "en-US", "zh-hans", "th_TH". */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language l : values()) {
            if (l.code.equals(primary)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
