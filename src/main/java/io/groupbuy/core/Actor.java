package io.groupbuy.core;

import java.util.Objects;

/** Who is asking, in which chat, with which role (resolved before a use case runs). */
public record Actor(ChatId chat, UserId user, String displayName, Role role) {
    public Actor {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null || displayName.isBlank() ? user.id() : displayName;
    }

    public boolean isAdmin() {
        return role.isAdmin();
    }

    public Member asMember() {
        return new Member(user, displayName);
    }
}
