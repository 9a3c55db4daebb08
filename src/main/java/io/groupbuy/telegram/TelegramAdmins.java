package io.groupbuy.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.PlatformAdmins;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Group admins as Telegram knows them (getChatAdministrators), cached for a short while so that a
 * checkout does not cost a call per step. In a private chat the member owns the chat. When Telegram
 * cannot be asked the answer is empty (unknown), never a guess, and nothing is cached.
 */
public final class TelegramAdmins implements PlatformAdmins {
    private static final Logger log = LoggerFactory.getLogger(TelegramAdmins.class);
    static final Duration TTL = Duration.ofSeconds(90);

    private final TelegramClient client;
    private final Cache<Long, Set<Long>> admins;

    TelegramAdmins(TelegramClient client, Duration ttl) {
        this.client = client;
        this.admins = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    @Override
    public Optional<Boolean> isAdmin(ChatId chat, UserId user) {
        if (chat.channel() != Channel.TELEGRAM || user.channel() != Channel.TELEGRAM) {
            return Optional.empty();
        }
        long chatId;
        long userId;
        try {
            chatId = Long.parseLong(chat.id());
            userId = Long.parseLong(user.id());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (chatId > 0) {
            return Optional.of(true); // a private chat: the member's own
        }
        try {
            return Optional.of(admins.get(chatId, this::load).contains(userId));
        } catch (AdminsUnavailable e) {
            log.warn("telegram: getChatAdministrators failed for chat {}: {}", chatId, e.getMessage());
            return Optional.empty();
        }
    }

    private Set<Long> load(Long chatId) {
        try {
            List<ChatMember> members = client.execute(GetChatAdministrators.builder().chatId(chatId).build());
            return members.stream().filter(m -> m.getUser() != null).map(m -> m.getUser().getId())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (TelegramApiException e) {
            throw new AdminsUnavailable(String.valueOf(SendFailure.of(e)));
        }
    }

    /** Forgets what is known about a chat (the bot was removed, a member was promoted). */
    void forget(long chatId) {
        admins.invalidate(chatId);
    }

    private static final class AdminsUnavailable extends RuntimeException {
        AdminsUnavailable(String message) {
            super(message, null, false, false);
        }
    }
}
