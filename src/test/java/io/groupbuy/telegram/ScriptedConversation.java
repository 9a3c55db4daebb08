package io.groupbuy.telegram;

import io.groupbuy.conversation.Conversation;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.conversation.model.Reply;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A conversation engine for adapter tests: records what it is given and answers from a script. */
final class ScriptedConversation implements Conversation {
    private final List<Incoming> seen = new CopyOnWriteArrayList<>();
    private volatile Function<Incoming, Reply> script = ScriptedConversation::echo;

    @Override
    public Reply handle(Incoming incoming) {
        seen.add(incoming);
        return script.apply(incoming);
    }

    void script(Function<Incoming, Reply> newScript) {
        this.script = newScript;
    }

    List<Incoming> seen() {
        return List.copyOf(seen);
    }

    List<Incoming> inChat(long chatId) {
        return seen.stream().filter(i -> i.chat().id().equals(Long.toString(chatId))).toList();
    }

    List<String> texts(long chatId) {
        return inChat(chatId).stream().filter(i -> i.content() instanceof Content.Text)
                .map(i -> ((Content.Text) i.content()).text()).toList();
    }

    /** Text: "echo: …"; photo: its size; button: a message and a notice; bot added: hello; else quiet. */
    static Reply echo(Incoming in) {
        Content c = in.content();
        if (c instanceof Content.Text t) {
            return Reply.text("echo: " + t.text());
        }
        if (c instanceof Content.Photo p) {
            return Reply.text("photo of " + p.bytes().length + " bytes, caption " + p.caption());
        }
        if (c instanceof Content.ButtonPress b) {
            return Reply.text("pressed " + b.payload()).withNotice("noted " + b.payload());
        }
        if (c instanceof Content.BotAdded) {
            return Reply.text("hello");
        }
        return Reply.NONE;
    }
}
