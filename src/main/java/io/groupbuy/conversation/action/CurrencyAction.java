package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.render.MoneyFormat;
import io.groupbuy.core.Chat;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.chat.ChatService;

/** "/currency THB": the currency prices are shown in next to CNY (CNY is always what is charged). */
public final class CurrencyAction implements CommandAction {
    private final ChatService chats;
    private final ExchangeRates rates;

    public CurrencyAction(ChatService chats, ExchangeRates rates) {
        this.chats = chats;
        this.rates = rates;
    }

    @Override
    public Reply command(Turn turn, String args) {
        String code = args == null ? "" : args.strip();
        String known = String.join(", ", rates.currencies());
        if (code.isEmpty()) {
            return turn.say("CNY".equals(turn.chat().currency()) ? turn.t("currency.usage_cny", known)
                    : turn.t("currency.usage", turn.chat().currency(), known));
        }
        Chat chat = chats.setCurrency(turn.actor(), code);
        MoneyFormat money = MoneyFormat.forChat(chat.currency(), rates);
        String rate = money.rate();
        return turn.say(rate.isEmpty() ? turn.t("currency.set_cny") : turn.t("currency.set", chat.currency(), rate));
    }
}
