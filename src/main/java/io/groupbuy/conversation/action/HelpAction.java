package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;

/** /help, /start and the greeting when the bot joins a chat: what members and admins can do. */
public final class HelpAction implements CommandAction {
    private final String botName;

    public HelpAction(String botName) {
        this.botName = botName;
    }

    @Override
    public Reply command(Turn turn, String args) {
        return Reply.of(OutMessage.Text.of(help(turn)));
    }

    /** /start: a hello, then the help. */
    public Reply start(Turn turn) {
        return Reply.of(OutMessage.Text.of(RichText.builder().line(turn.t("start.hello", botName)).newline()
                .append(help(turn)).build()));
    }

    /** The bot was added to a chat. */
    public Reply welcome(Turn turn) {
        return Reply.text(turn.t("welcome", botName));
    }

    private static RichText help(Turn turn) {
        return RichText.builder()
                .bold(turn.t("help.title")).newline()
                .line(turn.t("help.paste"))
                .line(turn.t("help.photo"))
                .line(turn.t("help.search"))
                .line(turn.t("help.cart"))
                .line(turn.t("help.mine"))
                .line(turn.t("help.qty"))
                .line(turn.t("help.orders"))
                .line(turn.t("help.settings"))
                .newline()
                .bold(turn.t("help.admin_title")).newline()
                .line(turn.t("help.checkout"))
                .line(turn.t("help.export"))
                .line(turn.t("help.pay"))
                .plain(turn.t("help.admin"))
                .build();
    }
}
