package io.groupbuy.playground;

import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Language;
import io.groupbuy.playground.PlaygroundRefusal.Reason;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One chat of the playground (kept in memory only) and the members the page can speak as. */
public final class PlaygroundRoom {
    public static final int MAX_MEMBERS = 30;
    public static final int MAX_NAME = 40;

    private final String id;
    private final String title;
    private final ChatKind kind;
    private final Instant createdAt;
    private final Map<String, PlaygroundMember> members = new LinkedHashMap<>();

    PlaygroundRoom(String id, String title, ChatKind kind, Instant createdAt) {
        this.id = id;
        this.title = title;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public ChatKind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ChatId chatId() {
        return ChatId.of(Channel.PLAYGROUND, id);
    }

    public synchronized List<PlaygroundMember> members() {
        return List.copyOf(members.values());
    }

    public synchronized Optional<PlaygroundMember> member(String memberId) {
        return Optional.ofNullable(memberId == null ? null : members.get(memberId));
    }

    public PlaygroundMember require(String memberId) {
        return member(memberId).orElseThrow(() -> new PlaygroundRefusal(Reason.UNKNOWN_MEMBER,
                "no member " + memberId + " in " + id));
    }

    synchronized PlaygroundMember add(String memberId, String name, String language, boolean admin) {
        if (members.size() >= MAX_MEMBERS) {
            throw new PlaygroundRefusal(Reason.LIMIT_REACHED, "a room has at most " + MAX_MEMBERS + " members");
        }
        PlaygroundMember m = new PlaygroundMember(memberId, name(name), language(language, "en"), admin);
        members.put(memberId, m);
        return m;
    }

    /** Changes what is given (null leaves a field as it is). */
    synchronized PlaygroundMember update(String memberId, String name, String language, Boolean admin) {
        PlaygroundMember m = require(memberId);
        PlaygroundMember changed = new PlaygroundMember(m.id(), name == null ? m.name() : name(name),
                language == null ? m.language() : language(language, m.language()),
                admin == null ? m.admin() : admin);
        members.put(memberId, changed);
        return changed;
    }

    static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new PlaygroundRefusal(Reason.BAD_INPUT, "a name is 1-" + MAX_NAME + " characters");
        }
        return n;
    }

    static String language(String tag, String fallback) {
        if (tag == null || tag.isBlank()) {
            return fallback;
        }
        return Language.fromTag(tag).map(Language::code).orElseThrow(() -> new PlaygroundRefusal(Reason.BAD_INPUT,
                "language is th, en or zh"));
    }
}
