package io.groupbuy.conversation;

import io.groupbuy.core.Chat;
import io.groupbuy.core.Language;

/**
 * Which language to answer in: the chat's, when someone chose it with /lang; else the member's own
 * platform language when we speak it (Telegram's language_code); else the chat's default (LINE chats
 * start in Thai, others in English). News, with no member, uses the chat's language.
 */
public final class LanguagePolicy {
    private LanguagePolicy() {
    }

    public static Language pick(Chat chat, String memberLanguage) {
        if (chat.languageChosen()) {
            return chat.language();
        }
        return Language.fromTag(memberLanguage).orElse(chat.language());
    }
}
