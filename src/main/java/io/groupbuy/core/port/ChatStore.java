package io.groupbuy.core.port;

import io.groupbuy.core.Chat;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Member;
import io.groupbuy.core.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Chats, their settings, the members seen in them and the admins named in them. */
public interface ChatStore {
    Optional<Chat> find(ChatId id);

    /** Inserts the chat or replaces its title and settings. */
    void save(Chat chat);

    /** Records a member as seen in a chat (updating the display name). */
    void saveMember(ChatId chat, Member member, Instant seenAt);

    Optional<Member> member(ChatId chat, UserId user);

    /** Members of a chat, most recently seen first. */
    List<Member> members(ChatId chat);

    /** Admins named in the chat itself (LINE set-up, promotions); platform admins are asked elsewhere. */
    Set<UserId> admins(ChatId chat);

    void setAdmin(ChatId chat, UserId user, boolean admin, Instant at);
}
