package io.groupbuy.store;

import io.groupbuy.core.Chat;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Language;
import io.groupbuy.core.Member;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.ChatStore;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

final class JdbiChatStore implements ChatStore {
    private final Handle h;

    JdbiChatStore(Handle h) {
        this.h = h;
    }

    @Override
    public Optional<Chat> find(ChatId id) {
        return h.createQuery("SELECT * FROM chats WHERE chat_key = :chat")
                .bind("chat", id.key())
                .map((rs, ctx) -> new Chat(Rows.chat(rs.getString("chat_key")), rs.getString("title"),
                        Language.fromTag(rs.getString("language")).orElseThrow(),
                        Rows.flag(rs, "language_chosen"), rs.getString("currency"), Rows.flag(rs, "active"),
                        Rows.instant(rs, "created_at")))
                .findOne();
    }

    @Override
    public void save(Chat chat) {
        h.createUpdate("INSERT INTO chats (chat_key, title, language, language_chosen, currency, active, created_at)"
                        + " VALUES (:chat, :title, :language, :chosen, :currency, :active, :created)"
                        + " ON CONFLICT (chat_key) DO UPDATE SET title = excluded.title,"
                        + " language = excluded.language, language_chosen = excluded.language_chosen,"
                        + " currency = excluded.currency, active = excluded.active")
                .bind("chat", chat.id().key())
                .bind("title", chat.title())
                .bind("language", chat.language().code())
                .bind("chosen", Rows.flag(chat.languageChosen()))
                .bind("currency", chat.currency())
                .bind("active", Rows.flag(chat.active()))
                .bind("created", Rows.millis(chat.createdAt()))
                .execute();
    }

    @Override
    public void saveMember(ChatId chat, Member member, Instant seenAt) {
        h.createUpdate("INSERT INTO members (chat_key, user_key, display_name, first_seen_at, last_seen_at)"
                        + " VALUES (:chat, :user, :name, :at, :at)"
                        + " ON CONFLICT (chat_key, user_key) DO UPDATE SET display_name = excluded.display_name,"
                        + " last_seen_at = excluded.last_seen_at")
                .bind("chat", chat.key())
                .bind("user", member.id().key())
                .bind("name", member.displayName())
                .bind("at", Rows.millis(seenAt))
                .execute();
    }

    @Override
    public Optional<Member> member(ChatId chat, UserId user) {
        return h.createQuery("SELECT user_key, display_name FROM members WHERE chat_key = :chat AND user_key = :user")
                .bind("chat", chat.key())
                .bind("user", user.key())
                .map((rs, ctx) -> new Member(Rows.user(rs.getString("user_key")), rs.getString("display_name")))
                .findOne();
    }

    @Override
    public List<Member> members(ChatId chat) {
        return h.createQuery("SELECT user_key, display_name FROM members WHERE chat_key = :chat"
                        + " ORDER BY last_seen_at DESC, user_key")
                .bind("chat", chat.key())
                .map((rs, ctx) -> new Member(Rows.user(rs.getString("user_key")), rs.getString("display_name")))
                .list();
    }

    @Override
    public Set<UserId> admins(ChatId chat) {
        return h.createQuery("SELECT user_key FROM chat_admins WHERE chat_key = :chat ORDER BY user_key")
                .bind("chat", chat.key())
                .map((rs, ctx) -> Rows.user(rs.getString("user_key")))
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public void setAdmin(ChatId chat, UserId user, boolean admin, Instant at) {
        if (admin) {
            h.createUpdate("INSERT INTO chat_admins (chat_key, user_key, granted_at) VALUES (:chat, :user, :at)"
                            + " ON CONFLICT (chat_key, user_key) DO NOTHING")
                    .bind("chat", chat.key())
                    .bind("user", user.key())
                    .bind("at", Rows.millis(at))
                    .execute();
        } else {
            h.createUpdate("DELETE FROM chat_admins WHERE chat_key = :chat AND user_key = :user")
                    .bind("chat", chat.key())
                    .bind("user", user.key())
                    .execute();
        }
    }
}
