package io.groupbuy.conversation.model;

import io.groupbuy.core.Member;
import java.util.List;

/** What a member did, stripped of every platform type. */
public sealed interface Content {
    /** A text message; a command addressed to this bot arrives with any "@botname" suffix removed. */
    record Text(String text) implements Content {
    }

    /** A photo (the largest size the platform offers), already downloaded and size-capped. */
    record Photo(byte[] bytes, String caption) implements Content {
    }

    /** A button press: the opaque payload the bot put on the button. */
    record ButtonPress(String payload) implements Content {
    }

    /** The bot was added to the chat (Telegram my_chat_member, LINE join, LINE follow in 1:1). */
    record BotAdded() implements Content {
    }

    /** The bot was removed from the chat. */
    record BotRemoved() implements Content {
    }

    /** People joined the chat. */
    record MembersJoined(List<Member> members) implements Content {
        public MembersJoined {
            members = List.copyOf(members);
        }
    }
}
