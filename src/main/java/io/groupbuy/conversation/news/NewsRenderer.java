package io.groupbuy.conversation.news;

import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.button.ButtonMaker;
import io.groupbuy.conversation.i18n.Messages;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.OutMessage.Item;
import io.groupbuy.conversation.model.OutMessage.Section;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import io.groupbuy.conversation.render.LineText;
import io.groupbuy.conversation.render.MoneyFormat;
import io.groupbuy.conversation.view.ChatView;
import io.groupbuy.conversation.view.OrderView;
import io.groupbuy.core.Chat;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderLine;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.PriceChange;
import io.groupbuy.core.Refund;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.OrderNews;
import io.groupbuy.core.port.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Order news as a chat reads it, in the chat's language and at the rate locked on the order: status
 * changes with tracking and the members concerned, a seller's price change per member with
 * [Accept] [Cancel order] (checked for admin when pressed), refunds split fen-exactly, and what
 * reconciliation found.
 */
public final class NewsRenderer {
    private final Messages messages;
    private final ExchangeRates rates;
    private final Transactions tx;
    private final Clock clock;

    public NewsRenderer(Messages messages, ExchangeRates rates, Transactions tx, Clock clock) {
        this.messages = messages;
        this.rates = rates;
        this.tx = tx;
        this.clock = clock;
    }

    /** The reply to post; its buttons are saved before it is returned. */
    public Reply render(OrderNews news, Chat chat) {
        ButtonMaker buttons = new ButtonMaker(chat.id(), clock);
        ChatView v = new ChatView(chat, messages.in(chat.language()), MoneyFormat.forChat(chat.currency(), rates),
                buttons);
        Reply reply;
        if (news instanceof OrderNews.StatusChanged s) {
            reply = Reply.of(status(v, s.order(), s.to()));
        } else if (news instanceof OrderNews.Reconciled r) {
            reply = Reply.of(reconciled(v, r));
        } else if (news instanceof OrderNews.PriceChangeProposed p) {
            reply = Reply.of(proposed(v, p.order(), p.change()));
        } else if (news instanceof OrderNews.PriceChangeDecided d) {
            reply = Reply.text(decided(v, d.order(), d.change()));
        } else {
            OrderNews.Refunded refunded = (OrderNews.Refunded) news; // the last kind of news
            reply = Reply.of(refund(v, refunded.order(), refunded.refund()));
        }
        buttons.flush(tx);
        return reply;
    }

    private static OutMessage status(ChatView v, Order o, OrderStatus to) {
        String tracking = o.logisticsNumber() == null || o.logisticsNumber().isBlank() ? ""
                : " (" + (o.logisticsCompany() == null ? "" : o.logisticsCompany() + " ") + o.logisticsNumber() + ")";
        OrderStatus status = to == null ? o.status() : to;
        String raw = o.upstreamStatus() == null ? "?" : o.upstreamStatus();
        RichText.Builder text = RichText.builder()
                .bold(v.t("news.status." + status.name(), o.number(), tracking, raw)).newline();
        for (String line : linesByMember(o)) {
            text.line("• " + line);
        }
        return new OutMessage.Text(text.build(), List.of(), List.of(), null);
    }

    /** An order found upstream after all may still wait for payment (its pay step never ran): offer it. */
    private static OutMessage reconciled(ChatView v, OrderNews.Reconciled r) {
        Order o = r.order();
        String market = v.t("marketplace." + o.marketplace().code());
        if (!r.found()) {
            return OutMessage.Text.of(v.t("news.reconciled_not_found", o.number(), market));
        }
        List<List<Button>> rows = o.status() == OrderStatus.WAITING_PAYMENT && o.upstreamOrderId() != null
                ? List.of(List.of(v.button(v.t("btn.pay", o.number()), Act.PAY, o.number()))) : List.of();
        return new OutMessage.Text(RichText.plain(v.t("news.reconciled_found", o.number(), market,
                OrderView.status(v, o))), rows, List.of(), null);
    }

    private static OutMessage proposed(ChatView v, Order o, PriceChange change) {
        MoneyFormat money = OrderView.money(o);
        List<Item> lines = o.lines().stream().map(l -> new Item(l.memberName() + ": "
                + LineText.of(l.quantity(), l.title(), l.skuDescription()), money.cny(l.subtotalFen()), null)).toList();
        Map<UserId, MemberShare> old = new LinkedHashMap<>();
        o.shares().forEach(s -> old.put(s.member(), s));
        List<Item> members = new ArrayList<>();
        for (MemberShare now : change.newShares()) {
            MemberShare before = old.get(now.member());
            String from = before == null ? money.cny(0) : money.cny(before.totalFen());
            members.add(new Item(now.memberName(), v.t("news.from_to", from, money.both(now.totalFen())), null));
        }
        List<String> footer = List.of(
                v.t("news.price_goods", money.cny(change.oldGoodsFen()), money.cny(change.newGoodsFen())),
                v.t("news.price_freight", money.cny(change.oldFreightFen()), money.cny(change.newFreightFen())),
                v.t("news.price_total", money.both(change.oldTotalFen()), money.both(change.newTotalFen()),
                        money.both(change.differenceFen())),
                v.t("news.price_ask"));
        return new OutMessage.Listing(v.t("news.price_title", o.number()),
                List.of(new Section(v.t("news.price_lines"), lines, null),
                        new Section(v.t("news.price_members"), members, null)),
                footer, List.of(OrderView.priceChangeButtons(v, change)), "price:" + change.id());
    }

    private static String decided(ChatView v, Order o, PriceChange change) {
        MoneyFormat money = OrderView.money(o);
        return switch (change.state()) {
            case ACCEPTED -> change.differenceFen() > 0
                    ? v.t("news.price_accepted_paid", o.number(), money.both(change.newTotalFen()),
                            money.both(change.differenceFen()))
                    : v.t("news.price_accepted", o.number(), money.both(change.newTotalFen()));
            case CANCELLED -> v.t("news.price_cancelled", o.number());
            case PENDING, DECIDING -> v.t("news.price_deciding", o.number());
        };
    }

    private static OutMessage refund(ChatView v, Order o, Refund refund) {
        MoneyFormat money = OrderView.money(o);
        List<Item> items = refund.shares().stream()
                .filter(s -> s.totalFen() != 0)
                .map(s -> new Item(s.memberName(), money.both(s.totalFen()), null)).toList();
        return new OutMessage.Listing(v.t("news.refund_title", o.number(), money.both(refund.amountFen())),
                List.of(new Section(v.t("news.refund_members"), items, null)),
                List.of(v.t("news.refund_note")), List.of(), null);
    }

    /** "Anna — 2 × T-shirt (Red / M)" for each line of the order. */
    private static List<String> linesByMember(Order o) {
        List<String> out = new ArrayList<>();
        for (OrderLine l : o.lines()) {
            out.add(l.memberName() + " — " + LineText.of(l.quantity(), l.title(), l.skuDescription()));
        }
        return out.size() > 15 ? out.subList(0, 15) : out;
    }
}
