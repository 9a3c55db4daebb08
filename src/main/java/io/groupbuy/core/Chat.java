package io.groupbuy.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A chat the bot is in, with the settings its members chose. {@code languageChosen} tells whether
 * someone picked the language with /lang; until then members' own platform languages win.
 */
public record Chat(ChatId id, String title, Language language, boolean languageChosen, String currency,
                   boolean active, Instant createdAt) {
    public Chat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(currency, "currency");
        title = title == null ? "" : title;
    }

    public Chat withLanguage(Language l) {
        return new Chat(id, title, l, true, currency, active, createdAt);
    }

    public Chat withCurrency(String c) {
        return new Chat(id, title, language, languageChosen, c, active, createdAt);
    }

    public Chat withActive(boolean a) {
        return new Chat(id, title, language, languageChosen, currency, a, createdAt);
    }

    public Chat withTitle(String t) {
        return new Chat(id, t, language, languageChosen, currency, active, createdAt);
    }
}
