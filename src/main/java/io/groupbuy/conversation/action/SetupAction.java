package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Channel;
import io.groupbuy.core.chat.ChatService;

/**
 * "/setup": the first member to run it in a chat without admins becomes the chat's admin (LINE's way,
 * accepted on every channel). On Telegram the group's own admins already are the bot's admins, so a
 * plain member there is pointed to them instead (a Telegram group always has an owner).
 */
public final class SetupAction implements CommandAction {
    private final ChatService chats;

    public SetupAction(ChatService chats) {
        this.chats = chats;
    }

    @Override
    public Reply command(Turn turn, String args) {
        boolean telegram = turn.chat().id().channel() == Channel.TELEGRAM;
        if (telegram && turn.isGroup() && !turn.actor().isAdmin()) {
            return turn.say(turn.t("setup.telegram_admins"));
        }
        ChatService.SetupResult result = chats.setup(turn.actor());
        if (result.becameAdmin()) {
            return turn.say(turn.t("setup.done", turn.actor().displayName()));
        }
        if (turn.actor().isAdmin()) {
            return turn.say(telegram && turn.isGroup() ? turn.t("setup.telegram_admins")
                    : turn.t("setup.already_you"));
        }
        return turn.say(turn.t("setup.has_admins"));
    }
}
