package io.groupbuy.telegram;

import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.core.Member;
import io.groupbuy.core.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Telegram updates in the engine's terms: texts (commands without our @botname, commands for other
 * bots dropped), photos, button presses, the bot added to or removed from a chat, people joining.
 * Everything else (stickers, edits, other bots' messages, service messages) is not for the engine.
 */
final class UpdateTranslator {
    private static final Set<String> PRESENT = Set.of("creator", "administrator", "member", "restricted");

    private final BotIdentity bot;

    UpdateTranslator(BotIdentity bot) {
        this.bot = bot;
    }

    Optional<Inbound> translate(Update update, Instant receivedAt) {
        String eventId = UpdateRecorder.SOURCE + ":" + update.getUpdateId();
        if (update.hasMessage()) {
            return message(eventId, update.getMessage(), receivedAt);
        }
        if (update.hasCallbackQuery()) {
            return callback(eventId, update.getCallbackQuery(), receivedAt);
        }
        if (update.hasMyChatMember()) {
            return membership(eventId, update.getMyChatMember(), receivedAt);
        }
        return Optional.empty();
    }

    private Optional<Inbound> message(String eventId, Message m, Instant receivedAt) {
        User from = m.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot()) || m.getChat() == null) {
            return Optional.empty();
        }
        Chat chat = m.getChat();
        Instant at = m.getDate() == null ? receivedAt : Instant.ofEpochSecond(m.getDate());
        ChatKind kind = kind(chat);
        boolean repliesToBot = m.getReplyToMessage() != null && m.getReplyToMessage().getFrom() != null
                && m.getReplyToMessage().getFrom().getId() == bot.id();
        if (m.getText() != null) {
            Optional<String> text = CommandText.forBot(m.getText(), bot.username());
            if (text.isEmpty()) {
                return Optional.empty();
            }
            boolean addressed = kind == ChatKind.PRIVATE || CommandText.isCommand(m.getText()) || repliesToBot
                    || bot.mentionedIn(m.getText());
            return Optional.of(new Inbound(eventId, chat.getId(), kind, title(chat), member(from),
                    from.getLanguageCode(), addressed, at, new Content.Text(text.get()), List.of(), null, null));
        }
        if (m.getPhoto() != null && !m.getPhoto().isEmpty()) {
            String caption = m.getCaption();
            Optional<String> forUs = caption == null ? Optional.empty() : CommandText.forBot(caption, bot.username());
            if (caption != null && forUs.isEmpty()) {
                return Optional.empty(); // "/search@other_bot" under a photo
            }
            boolean addressed = kind == ChatKind.PRIVATE || repliesToBot || bot.mentionedIn(caption)
                    || CommandText.isCommand(caption);
            return Optional.of(new Inbound(eventId, chat.getId(), kind, title(chat), member(from),
                    from.getLanguageCode(), addressed, at, null, m.getPhoto(), forUs.orElse(null), null));
        }
        if (m.getNewChatMembers() != null && !m.getNewChatMembers().isEmpty()) {
            // the bot itself joining is reported again, better, as my_chat_member
            List<Member> joined = m.getNewChatMembers().stream()
                    .filter(u -> u.getId() != bot.id() && !Boolean.TRUE.equals(u.getIsBot()))
                    .map(UpdateTranslator::member).toList();
            if (joined.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Inbound(eventId, chat.getId(), kind, title(chat), member(from),
                    from.getLanguageCode(), false, at, new Content.MembersJoined(joined), List.of(), null, null));
        }
        return Optional.empty();
    }

    private Optional<Inbound> callback(String eventId, CallbackQuery q, Instant receivedAt) {
        if (q.getMessage() == null || q.getMessage().getChat() == null || q.getData() == null) {
            // a press on an inline-mode message or a game button: not one of ours; still answered
            return Optional.of(new Inbound(eventId, q.getFrom().getId(), ChatKind.PRIVATE, null, member(q.getFrom()),
                    q.getFrom().getLanguageCode(), true, receivedAt, null, List.of(), null, q.getId()));
        }
        Chat chat = q.getMessage().getChat();
        return Optional.of(new Inbound(eventId, chat.getId(), kind(chat), title(chat), member(q.getFrom()),
                q.getFrom().getLanguageCode(), true, receivedAt, new Content.ButtonPress(q.getData()), List.of(),
                null, q.getId()));
    }

    private Optional<Inbound> membership(String eventId, ChatMemberUpdated change, Instant receivedAt) {
        if (change.getNewChatMember() == null || change.getOldChatMember() == null || change.getChat() == null) {
            return Optional.empty();
        }
        boolean before = PRESENT.contains(change.getOldChatMember().getStatus());
        boolean after = PRESENT.contains(change.getNewChatMember().getStatus());
        if (before == after) {
            return Optional.empty(); // e.g. promoted to administrator
        }
        Chat chat = change.getChat();
        User by = change.getFrom();
        Instant at = change.getDate() == null ? receivedAt : Instant.ofEpochSecond(change.getDate());
        Content content = after ? new Content.BotAdded() : new Content.BotRemoved();
        return Optional.of(new Inbound(eventId, chat.getId(), kind(chat), title(chat), by == null ? null : member(by),
                by == null ? null : by.getLanguageCode(), true, at, content, List.of(), null, null));
    }

    static ChatKind kind(Chat chat) {
        String type = chat.getType();
        return "group".equals(type) || "supergroup".equals(type) || "channel".equals(type)
                ? ChatKind.GROUP : ChatKind.PRIVATE;
    }

    private static String title(Chat chat) {
        if (chat.getTitle() != null) {
            return chat.getTitle();
        }
        return join(chat.getFirstName(), chat.getLastName());
    }

    static Member member(User user) {
        return new Member(UserId.of(io.groupbuy.core.Channel.TELEGRAM, Long.toString(user.getId())),
                join(user.getFirstName(), user.getLastName()));
    }

    private static String join(String first, String last) {
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return name.isEmpty() ? null : name;
    }
}
