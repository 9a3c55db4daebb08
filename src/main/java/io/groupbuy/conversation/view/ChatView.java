package io.groupbuy.conversation.view;

import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.button.ButtonMaker;
import io.groupbuy.conversation.i18n.Texts;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.render.MoneyFormat;
import io.groupbuy.core.Chat;
import io.groupbuy.core.Language;

/**
 * How the bot speaks to one chat while answering one event: in which language, counting in which
 * currency, and with the buttons of this reply.
 */
public final class ChatView {
    private final Chat chat;
    private final Texts texts;
    private final MoneyFormat money;
    private final ButtonMaker buttons;

    public ChatView(Chat chat, Texts texts, MoneyFormat money, ButtonMaker buttons) {
        this.chat = chat;
        this.texts = texts;
        this.money = money;
        this.buttons = buttons;
    }

    public Chat chat() {
        return chat;
    }

    public Language language() {
        return texts.language();
    }

    public String t(String key, Object... args) {
        return texts.t(key, args);
    }

    /** Money at today's rate for the chat's currency. */
    public MoneyFormat money() {
        return money;
    }

    public Button button(String label, Act act, Object... args) {
        return buttons.action(label, act, args);
    }

    public Button link(String label, String url) {
        return buttons.link(label, url);
    }

    public ButtonMaker buttons() {
        return buttons;
    }
}
