package io.groupbuy.conversation.action;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.UserId;
import java.time.Duration;
import java.util.Optional;

/**
 * The SKU each member determined last on a product card, so "/qty 12" knows what to add. Kept in
 * memory for a while: after a restart a member simply taps the size again.
 */
public final class PendingPicks {
    /** A determined SKU of a product. */
    public record Pick(ProductRef product, String skuKey) {
    }

    private final Cache<String, Pick> picks;

    public PendingPicks(Duration ttl) {
        this.picks = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    public void remember(ChatId chat, UserId member, Pick pick) {
        picks.put(key(chat, member), pick);
    }

    public Optional<Pick> last(ChatId chat, UserId member) {
        return Optional.ofNullable(picks.getIfPresent(key(chat, member)));
    }

    private static String key(ChatId chat, UserId member) {
        return chat.key() + "|" + member.key();
    }
}
