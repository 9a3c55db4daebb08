package io.groupbuy.testing;

import io.groupbuy.core.port.ButtonStore;
import io.groupbuy.core.port.StoredButton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class MemoryButtonStore implements ButtonStore {
    private final MemoryData data;
    private final MemoryStores tx;

    MemoryButtonStore(MemoryData data, MemoryStores tx) {
        this.data = data;
        this.tx = tx;
    }

    @Override
    public void save(StoredButton button) {
        tx.change("save button");
        MemoryStores.notNull(button.token(), "save button", "buttons.token");
        MemoryStores.notNull(button.chatKey(), "save button", "buttons.chat_key");
        MemoryStores.notNull(button.action(), "save button", "buttons.action");
        MemoryStores.notNull(button.createdAt(), "save button", "buttons.created_at");
        data.buttons.put(button.token(), button);
    }

    @Override
    public Optional<StoredButton> find(String token) {
        return Optional.ofNullable(data.buttons.get(token));
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        tx.change("delete old buttons");
        List<String> old = data.buttons.values().stream()
                .filter(b -> b.createdAt().isBefore(cutoff))
                .map(StoredButton::token)
                .toList();
        old.forEach(data.buttons::remove);
        return old.size();
    }
}
