package io.groupbuy.line;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Display names of members and names of groups, from the member-profile endpoints (they work
 * whether or not the member befriended the bot), cached for a while so a busy group costs one
 * lookup per member, not one per message. A lookup LINE refuses (404: not a member any more, or
 * no such group) is not asked again for a minute; one that failed otherwise is tried again next time.
 * Either way the member gets a neutral name meanwhile.
 */
final class LineProfiles {
    private static final Logger log = LoggerFactory.getLogger(LineProfiles.class);
    static final Duration TTL = Duration.ofMinutes(10);
    static final Duration REFUSED_TTL = Duration.ofMinutes(1);

    private final MessagingApiClient api;
    private final Cache<String, String> names;
    private final Cache<String, String> groups;
    private final Cache<String, Boolean> refused;

    LineProfiles(MessagingApiClient api) {
        this.api = api;
        this.names = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(50_000).build();
        this.groups = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(10_000).build();
        this.refused = Caffeine.newBuilder().expireAfterWrite(REFUSED_TTL).maximumSize(10_000).build();
    }

    /** The member's display name in that chat, or a neutral name ("สมาชิก …1a2b") when LINE does not say. */
    String displayName(LineChat chat, String userId) {
        String key = chat.id() + "/" + userId;
        String cached = names.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        if (refused.getIfPresent(key) != null) {
            return neutralName(userId);
        }
        try {
            String name = switch (chat.kind()) {
                case GROUP -> LineCallFailure.await(api.getGroupMemberProfile(chat.id(), userId)).displayName();
                case ROOM -> LineCallFailure.await(api.getRoomMemberProfile(chat.id(), userId)).displayName();
                case USER -> LineCallFailure.await(api.getProfile(userId)).displayName();
            };
            if (name != null && !name.isBlank()) {
                names.put(key, name);
                return name;
            }
        } catch (LineCallFailure f) {
            remember(key, f);
            log.info("LINE profile of {} in {} unavailable: {}", userId, chat.id(), f.getMessage());
        }
        return neutralName(userId);
    }

    /** The group's name, or empty (rooms have none; a failed lookup is tried again next time). */
    Optional<String> groupName(LineChat chat) {
        if (chat.kind() != LineChat.Kind.GROUP) {
            return Optional.empty();
        }
        String cached = groups.getIfPresent(chat.id());
        if (cached != null) {
            return Optional.of(cached);
        }
        if (refused.getIfPresent(chat.id()) != null) {
            return Optional.empty();
        }
        try {
            String name = LineCallFailure.await(api.getGroupSummary(chat.id())).groupName();
            if (name != null && !name.isBlank()) {
                groups.put(chat.id(), name);
                return Optional.of(name);
            }
        } catch (LineCallFailure f) {
            remember(chat.id(), f);
            log.info("LINE group summary of {} unavailable: {}", chat.id(), f.getMessage());
        }
        return Optional.empty();
    }

    private void remember(String key, LineCallFailure f) {
        if (f.kind() == LineCallFailure.Kind.REJECTED) {
            refused.put(key, Boolean.TRUE);
        }
    }

    static String neutralName(String userId) {
        String tail = userId.length() > 4 ? userId.substring(userId.length() - 4) : userId;
        return "สมาชิก …" + tail;
    }
}
