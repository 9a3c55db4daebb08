package io.groupbuy.conversation.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A button: either an action (an opaque payload of at most 64 bytes, Telegram's limit) or a link.
 */
public record Button(String label, String payload, String url) {
    public static final int MAX_PAYLOAD_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        if ((payload == null) == (url == null)) {
            throw new IllegalArgumentException("a button has either a payload or a url");
        }
        if (payload != null && (payload.isEmpty()
                || payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES)) {
            throw new IllegalArgumentException("payload must be 1-64 bytes");
        }
    }

    public static Button action(String label, String payload) {
        return new Button(label, payload, null);
    }

    public static Button link(String label, String url) {
        return new Button(label, null, url);
    }

    public boolean isLink() {
        return url != null;
    }
}
