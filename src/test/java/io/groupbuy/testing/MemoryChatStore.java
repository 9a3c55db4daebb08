package io.groupbuy.testing;

import io.groupbuy.core.Chat;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Member;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.ChatStore;
import io.groupbuy.testing.MemoryData.MemberKey;
import io.groupbuy.testing.MemoryData.MemberRow;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

final class MemoryChatStore implements ChatStore {
    private final MemoryData data;
    private final MemoryStores tx;

    MemoryChatStore(MemoryData data, MemoryStores tx) {
        this.data = data;
        this.tx = tx;
    }

    @Override
    public Optional<Chat> find(ChatId id) {
        return Optional.ofNullable(data.chats.get(id));
    }

    @Override
    public void save(Chat chat) {
        tx.change("save chat");
        Chat old = data.chats.get(chat.id());
        data.chats.put(chat.id(), old == null ? chat : new Chat(chat.id(), chat.title(), chat.language(),
                chat.languageChosen(), chat.currency(), chat.active(), old.createdAt()));
    }

    @Override
    public void saveMember(ChatId chat, Member member, Instant seenAt) {
        tx.change("save member");
        MemoryStores.notNull(seenAt, "save member", "members.last_seen_at");
        MemberKey key = new MemberKey(chat, member.id());
        MemberRow old = data.members.get(key);
        data.members.put(key, new MemberRow(member, old == null ? seenAt : old.firstSeen(), seenAt));
    }

    @Override
    public Optional<Member> member(ChatId chat, UserId user) {
        return Optional.ofNullable(data.members.get(new MemberKey(chat, user))).map(MemberRow::member);
    }

    @Override
    public List<Member> members(ChatId chat) {
        return data.members.entrySet().stream()
                .filter(e -> e.getKey().chat().equals(chat))
                .map(e -> e.getValue())
                .sorted(Comparator.comparing(MemberRow::lastSeen).reversed()
                        .thenComparing(r -> r.member().id().key()))
                .map(MemberRow::member)
                .toList();
    }

    @Override
    public Set<UserId> admins(ChatId chat) {
        return data.admins.keySet().stream()
                .filter(k -> k.chat().equals(chat))
                .map(MemberKey::user)
                .sorted(Comparator.comparing(UserId::key))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public void setAdmin(ChatId chat, UserId user, boolean admin, Instant at) {
        tx.change("set admin");
        MemberKey key = new MemberKey(chat, user);
        if (admin) {
            if (!data.admins.containsKey(key)) {
                data.admins.put(key, MemoryStores.notNull(at, "set admin", "chat_admins.granted_at"));
            }
        } else {
            data.admins.remove(key);
        }
    }
}
