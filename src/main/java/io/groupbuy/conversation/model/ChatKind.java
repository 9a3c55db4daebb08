package io.groupbuy.conversation.model;

/** Groups (Telegram groups and supergroups, LINE groups and rooms) or a one-to-one chat with the bot. */
public enum ChatKind {
    GROUP,
    PRIVATE
}
