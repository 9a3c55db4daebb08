package io.groupbuy.core.chat;

import io.groupbuy.core.Channel;
import io.groupbuy.core.Language;

/** What a new chat starts with: LINE chats speak Thai (the bot's LINE audience), others English. */
public record ChatDefaults(String currency, Language lineLanguage, Language otherLanguage) {
    public Language languageFor(Channel channel) {
        return channel == Channel.LINE ? lineLanguage : otherLanguage;
    }
}
