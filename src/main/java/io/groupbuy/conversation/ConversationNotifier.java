package io.groupbuy.conversation;

import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.news.NewsRenderer;
import io.groupbuy.core.Chat;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.port.Notifier;
import io.groupbuy.core.port.OrderNews;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the core's order news: loads the chat, renders the news in the chat's language and hands
 * it to the chat's channel with the news key (so a retried delivery is recognised and shown once).
 * Throws when the channel could not deliver, so the relay tries again later.
 */
public final class ConversationNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(ConversationNotifier.class);

    private final ChatService chats;
    private final NewsRenderer renderer;
    private final Outbound outbound;

    public ConversationNotifier(ChatService chats, NewsRenderer renderer, Outbound outbound) {
        this.chats = chats;
        this.renderer = renderer;
        this.outbound = outbound;
    }

    @Override
    public void notify(ChatId chat, String newsKey, OrderNews news) {
        Optional<Chat> found = chats.find(chat);
        if (found.isEmpty()) {
            log.warn("news {} for unknown chat {} dropped", newsKey, chat);
            return;
        }
        if (!found.get().active()) {
            log.info("news {} for chat {} not sent: the bot left that chat", newsKey, chat);
            return;
        }
        Reply reply = renderer.render(news, found.get());
        outbound.send(chat, reply, newsKey);
    }
}
