package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.Reply;

/**
 * Answers a verified button press. Everything the press refers to is loaded again from the stores;
 * the stored arguments are references, never values to trust.
 */
public interface ButtonAction {
    Reply press(Turn turn, Press press);
}
