package io.groupbuy.core;

import java.util.Objects;

/** Someone who spoke in a chat, with the name the platform shows for them. */
public record Member(UserId id, String displayName) {
    public Member {
        Objects.requireNonNull(id, "id");
        displayName = displayName == null || displayName.isBlank() ? id.id() : displayName;
    }
}
