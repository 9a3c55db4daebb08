package io.groupbuy.conversation.action;

import io.groupbuy.conversation.i18n.Messages;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Chat;
import io.groupbuy.core.Language;
import io.groupbuy.core.chat.ChatService;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "/lang th|en|zh": the chat's language from now on (it then wins over members' own settings). */
public final class LanguageAction implements CommandAction {
    private static final Map<String, Language> NAMES = Map.of("thai", Language.TH, "ไทย", Language.TH,
            "english", Language.EN, "อังกฤษ", Language.EN, "英文", Language.EN, "chinese", Language.ZH,
            "中文", Language.ZH, "จีน", Language.ZH);

    private final ChatService chats;
    private final Messages messages;

    public LanguageAction(ChatService chats, Messages messages) {
        this.chats = chats;
        this.messages = messages;
    }

    @Override
    public Reply command(Turn turn, String args) {
        Optional<Language> wanted = parse(args);
        if (wanted.isEmpty()) {
            return turn.say(turn.t("lang.usage", turn.t("lang.name." + turn.view().language().code())));
        }
        Chat chat = chats.setLanguage(turn.actor(), wanted.get());
        return Reply.text(messages.in(chat.language()).t("lang.set", messages.in(chat.language())
                .t("lang.name." + chat.language().code())));
    }

    static Optional<Language> parse(String args) {
        String word = args == null ? "" : args.strip().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        Language named = NAMES.get(word);
        return named != null ? Optional.of(named) : Language.fromTag(word);
    }
}
