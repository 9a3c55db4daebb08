package io.groupbuy.conversation.i18n;

import io.groupbuy.core.Language;

/** The bot's sentences in one language. */
public final class Texts {
    private final Messages messages;
    private final Language language;

    Texts(Messages messages, Language language) {
        this.messages = messages;
        this.language = language;
    }

    public Language language() {
        return language;
    }

    /** The sentence for {@code key}; arguments fill {@code {0}}, {@code {1}} … */
    public String t(String key, Object... args) {
        return messages.format(language, key, args);
    }
}
