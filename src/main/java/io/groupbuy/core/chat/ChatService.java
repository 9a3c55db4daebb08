package io.groupbuy.core.chat;

import io.groupbuy.core.Actor;
import io.groupbuy.core.Chat;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.Language;
import io.groupbuy.core.Member;
import io.groupbuy.core.Role;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserError.Problem;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.PlatformAdmins;
import io.groupbuy.core.port.Transactions;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chats, their settings and who may do what in them. A member is an admin when the operator named
 * them in {@code BOT_ADMINS}, when the chat named them (the first to run set-up on LINE, and whoever
 * an admin promotes), or when the platform says they administer the chat (Telegram).
 */
public final class ChatService {
    private final Transactions tx;
    private final PlatformAdmins platformAdmins;
    private final Set<UserId> botAdmins;
    private final ChatDefaults defaults;
    private final ExchangeRates rates;
    private final Clock clock;

    public ChatService(Transactions tx, PlatformAdmins platformAdmins, Set<UserId> botAdmins, ChatDefaults defaults,
                       ExchangeRates rates, Clock clock) {
        this.tx = tx;
        this.platformAdmins = platformAdmins;
        this.botAdmins = Set.copyOf(botAdmins);
        this.defaults = defaults;
        this.rates = rates;
        this.clock = clock;
    }

    /** The chat, created with the defaults the first time anyone speaks in it. */
    public Chat chat(ChatId id, String title) {
        Optional<Chat> known = tx.read(s -> s.chats().find(id));
        if (known.isPresent() && (title == null || title.isBlank() || title.equals(known.get().title()))
                && known.get().active()) {
            return known.get();
        }
        return tx.write(s -> {
            Chat chat = s.chats().find(id).orElseGet(() -> new Chat(id, title, defaults.languageFor(id.channel()),
                    false, defaults.currency(), true, clock.instant()));
            if (title != null && !title.isBlank()) {
                chat = chat.withTitle(title);
            }
            chat = chat.withActive(true);
            s.chats().save(chat);
            return chat;
        });
    }

    public Optional<Chat> find(ChatId id) {
        return tx.read(s -> s.chats().find(id));
    }

    /** Records the member as seen in the chat and works out their role. */
    public Actor actor(ChatId chat, Member member) {
        Optional<Member> known = tx.read(s -> s.chats().member(chat, member.id()));
        if (known.isEmpty() || !known.get().displayName().equals(member.displayName())) {
            tx.write(s -> {
                s.chats().saveMember(chat, member, clock.instant());
                return null;
            });
        }
        return new Actor(chat, member.id(), member.displayName(), roleOf(chat, member.id()));
    }

    public Role roleOf(ChatId chat, UserId user) {
        if (botAdmins.contains(user)) {
            return Role.ADMIN;
        }
        if (tx.read(s -> s.chats().admins(chat)).contains(user)) {
            return Role.ADMIN;
        }
        return platformAdmins.isAdmin(chat, user).orElse(false) ? Role.ADMIN : Role.MEMBER;
    }

    public Chat setLanguage(Actor actor, Language language) {
        return tx.write(s -> {
            Chat chat = s.chats().find(actor.chat()).orElseThrow().withLanguage(language);
            s.chats().save(chat);
            return chat;
        });
    }

    public Chat setCurrency(Actor actor, String currency) {
        String code = currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
        if (!rates.supports(code)) {
            throw new UserError(Problem.CURRENCY_UNKNOWN, code, String.join(", ", rates.currencies()));
        }
        return tx.write(s -> {
            Chat chat = s.chats().find(actor.chat()).orElseThrow().withCurrency(code);
            s.chats().save(chat);
            return chat;
        });
    }

    /** The outcome of set-up: whether the caller became the first admin, and the chat's admins. */
    public record SetupResult(boolean becameAdmin, Set<UserId> admins) {
    }

    /** The first member to run set-up in a chat without admins becomes its admin. */
    public SetupResult setup(Actor actor) {
        return tx.write(s -> {
            Set<UserId> admins = s.chats().admins(actor.chat());
            if (!admins.isEmpty()) {
                return new SetupResult(false, admins);
            }
            s.chats().saveMember(actor.chat(), actor.asMember(), clock.instant());
            s.chats().setAdmin(actor.chat(), actor.user(), true, clock.instant());
            return new SetupResult(true, Set.of(actor.user()));
        });
    }

    /** Promotes or demotes a member of the chat, found by display name or platform id. */
    public Member setAdmin(Actor actor, String who, boolean admin) {
        requireAdmin(actor);
        return tx.write(s -> {
            Member member = findMember(s.chats().members(actor.chat()), who)
                    .orElseThrow(() -> new UserError(Problem.MEMBER_NOT_FOUND, who));
            Set<UserId> admins = s.chats().admins(actor.chat());
            if (admin && admins.contains(member.id())) {
                throw new UserError(Problem.ALREADY_ADMIN, member.displayName());
            }
            if (!admin && admins.contains(member.id()) && admins.size() == 1) {
                throw new UserError(Problem.LAST_ADMIN, member.displayName());
            }
            s.chats().setAdmin(actor.chat(), member.id(), admin, clock.instant());
            return member;
        });
    }

    public Set<UserId> namedAdmins(ChatId chat) {
        return tx.read(s -> s.chats().admins(chat));
    }

    /** The bot left or was removed: the chat is kept (orders may still have news) but marked inactive. */
    public void deactivate(ChatId id) {
        tx.write(s -> {
            s.chats().find(id).ifPresent(c -> s.chats().save(c.withActive(false)));
            return null;
        });
    }

    public static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new UserError(Problem.NOT_ADMIN);
        }
    }

    static Optional<Member> findMember(java.util.List<Member> members, String who) {
        String needle = who == null ? "" : who.trim();
        if (needle.startsWith("@")) {
            needle = needle.substring(1);
        }
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        for (Member m : members) {
            if (m.id().id().equals(needle)) {
                return Optional.of(m);
            }
        }
        String lower = needle.toLowerCase(Locale.ROOT);
        return members.stream().filter(m -> m.displayName().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
