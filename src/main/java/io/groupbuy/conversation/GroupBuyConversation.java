package io.groupbuy.conversation;

import io.groupbuy.conversation.action.Router;
import io.groupbuy.conversation.action.Turn;
import io.groupbuy.conversation.button.ButtonMaker;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.news.NewsRenderer;
import io.groupbuy.conversation.render.MoneyFormat;
import io.groupbuy.conversation.view.ChatView;
import io.groupbuy.conversation.view.ErrorText;
import io.groupbuy.core.Actor;
import io.groupbuy.core.Chat;
import io.groupbuy.core.GroupBuyException;
import io.groupbuy.core.InternalFailure;
import io.groupbuy.core.Language;
import io.groupbuy.core.RateLimited;
import io.groupbuy.core.UserError;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation engine every channel drives: an {@link Incoming} becomes calls on the core and a
 * channel-neutral {@link Reply}. It never throws: a failure becomes one sentence in the member's
 * language (a bug becomes an apology, logged with its stack trace and the chat and event ids; message
 * bodies are never logged at INFO).
 */
public final class GroupBuyConversation implements Conversation {
    private static final Logger log = LoggerFactory.getLogger(GroupBuyConversation.class);

    private final ConversationDeps deps;
    private final Router router;
    private final NewsRenderer news;

    public GroupBuyConversation(ConversationDeps deps) {
        this.deps = deps;
        this.router = EngineWiring.router(deps);
        this.news = new NewsRenderer(deps.messages(), deps.rates(), deps.tx(), deps.clock());
    }

    /** Renders order news for chats (what {@link ConversationNotifier} sends). */
    public NewsRenderer newsRenderer() {
        return news;
    }

    /**
     * Forgets buttons older than {@code age} (a press on one then says "this button has expired");
     * for a periodic clean-up. Returns how many were forgotten.
     */
    public int forgetButtonsOlderThan(Duration age) {
        return deps.tx().write(s -> s.buttons().deleteOlderThan(deps.clock().instant().minus(age)));
    }

    @Override
    public Reply handle(Incoming in) {
        long started = System.nanoTime();
        Reply reply = answer(in);
        if (log.isInfoEnabled()) {
            // one line per event: ids and what happened, never what members wrote
            log.info("event {} chat {} member {} {}: {} message(s) in {} ms", in.eventId(), in.chat(),
                    in.member() == null ? "-" : in.member().id(), in.content().getClass().getSimpleName(),
                    reply.messages().size(), (System.nanoTime() - started) / 1_000_000);
        }
        return reply;
    }

    private Reply answer(Incoming in) {
        Chat chat = null;
        Language language = Language.fromTag(in.memberLanguage()).orElse(Language.EN);
        try {
            if (in.content() instanceof Content.BotRemoved) {
                deps.chats().deactivate(in.chat());
                return Reply.NONE;
            }
            chat = deps.chats().chat(in.chat(), in.chatTitle());
            language = LanguagePolicy.pick(chat, in.memberLanguage());
            ChatView view = view(chat, language);
            Actor actor = in.member() == null ? null : deps.chats().actor(chat.id(), in.member());
            Reply reply = router.route(new Turn(in, chat, actor, view));
            view.buttons().flush(deps.tx());
            return reply;
        } catch (GroupBuyException e) {
            logFailure(in, e);
            Chat known = chat;
            Language lang = language;
            return safely(in, () -> Reply.text(ErrorText.sentence(bare(known, in, lang), e)));
        } catch (RuntimeException e) {
            log.error("event {} in chat {} failed", in.eventId(), in.chat(), e);
            Language lang = language;
            return safely(in, () -> Reply.text(deps.messages().in(lang).t("error.internal")));
        }
    }

    /** Even the sentence about a failure must not throw out of the engine. */
    private static Reply safely(Incoming in, java.util.function.Supplier<Reply> sentence) {
        try {
            return sentence.get();
        } catch (RuntimeException e) {
            log.error("event {} in chat {}: could not even say sorry", in.eventId(), in.chat(), e);
            return Reply.NONE;
        }
    }

    private ChatView view(Chat chat, Language language) {
        return new ChatView(chat, deps.messages().in(language), MoneyFormat.forChat(chat.currency(), deps.rates()),
                new ButtonMaker(chat.id(), deps.clock()));
    }

    /** A view for an error sentence: no buttons, and no chat needed (the chat itself may have failed). */
    private ChatView bare(Chat chat, Incoming in, Language language) {
        Chat c = chat != null ? chat : new Chat(in.chat(), in.chatTitle(), language, false, "CNY", true, in.at());
        return view(c, language);
    }

    private static void logFailure(Incoming in, GroupBuyException e) {
        if (e instanceof InternalFailure) {
            log.error("event {} in chat {} failed", in.eventId(), in.chat(), e);
        } else if (e instanceof UserError u) {
            log.debug("event {} in chat {}: {}", in.eventId(), in.chat(), u.problem());
        } else if (e instanceof RateLimited) {
            log.info("event {} in chat {}: rate limited", in.eventId(), in.chat());
        } else {
            log.warn("event {} in chat {}: upstream {}", in.eventId(), in.chat(), e.getClass().getSimpleName());
        }
    }
}
