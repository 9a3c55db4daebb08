package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.render.MoneyFormat;
import io.groupbuy.conversation.view.ChatView;
import io.groupbuy.core.Actor;
import io.groupbuy.core.Chat;

/** One event being answered: what came in, the chat, who asked (with their role), and how to speak. */
public final class Turn {
    private final Incoming incoming;
    private final Chat chat;
    private final Actor actor;
    private final ChatView view;

    public Turn(Incoming incoming, Chat chat, Actor actor, ChatView view) {
        this.incoming = incoming;
        this.chat = chat;
        this.actor = actor;
        this.view = view;
    }

    public Incoming incoming() {
        return incoming;
    }

    public Chat chat() {
        return chat;
    }

    /** Who pressed or wrote; never null for member content. */
    public Actor actor() {
        return actor;
    }

    public ChatView view() {
        return view;
    }

    public boolean isGroup() {
        return incoming.kind() == ChatKind.GROUP;
    }

    /** Makes the changes this event causes apply once, even when the event is handled again. */
    public String operationKey() {
        return incoming.eventId();
    }

    public String t(String key, Object... args) {
        return view.t(key, args);
    }

    public MoneyFormat money() {
        return view.money();
    }

    public Button button(String label, Act act, Object... args) {
        return view.button(label, act, args);
    }

    public Reply say(String text) {
        return Reply.text(text);
    }
}
