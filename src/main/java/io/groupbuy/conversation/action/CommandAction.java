package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.Reply;

/** Answers a command ("/cart", "/qty 7"); {@code args} is the text after the command, trimmed. */
public interface CommandAction {
    Reply command(Turn turn, String args);
}
