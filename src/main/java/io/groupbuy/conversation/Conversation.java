package io.groupbuy.conversation;

import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.conversation.model.Reply;

/**
 * The one dialogue engine every channel drives. Called on the chat's own lane (events of one chat
 * in order); never throws: failures become a sentence in the member's language.
 */
public interface Conversation {
    Reply handle(Incoming incoming);
}
