package io.groupbuy.core;

public enum Role {
    MEMBER,
    ADMIN;

    public boolean isAdmin() {
        return this == ADMIN;
    }
}
