package io.groupbuy.store;

import io.groupbuy.core.port.ButtonStore;
import io.groupbuy.core.port.StoredButton;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Saving a token again replaces what it means. */
final class JdbiButtonStore implements ButtonStore {
    private final Handle h;

    JdbiButtonStore(Handle h) {
        this.h = h;
    }

    @Override
    public void save(StoredButton b) {
        h.createUpdate("INSERT INTO buttons (token, chat_key, action, args, created_at)"
                        + " VALUES (:token, :chat, :action, :args, :created) ON CONFLICT (token) DO UPDATE SET"
                        + " chat_key = excluded.chat_key, action = excluded.action, args = excluded.args,"
                        + " created_at = excluded.created_at")
                .bind("token", b.token())
                .bind("chat", b.chatKey())
                .bind("action", b.action())
                .bind("args", b.args())
                .bind("created", Rows.millis(b.createdAt()))
                .execute();
    }

    @Override
    public Optional<StoredButton> find(String token) {
        return h.createQuery("SELECT * FROM buttons WHERE token = :token")
                .bind("token", token)
                .map((rs, ctx) -> new StoredButton(rs.getString("token"), rs.getString("chat_key"),
                        rs.getString("action"), rs.getString("args"), Rows.instant(rs, "created_at")))
                .findOne();
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return h.createUpdate("DELETE FROM buttons WHERE created_at < :cutoff")
                .bind("cutoff", Rows.millis(cutoff))
                .execute();
    }
}
