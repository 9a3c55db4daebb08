package io.groupbuy.conversation.view;

import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.OutMessage.Item;
import io.groupbuy.conversation.model.OutMessage.Section;
import io.groupbuy.conversation.render.LineText;
import io.groupbuy.conversation.render.MoneyFormat;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderLine;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.PriceChange;
import io.groupbuy.core.Refund;
import io.groupbuy.core.UserId;
import io.groupbuy.core.order.OrderBook.OrderDetail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders as a chat reads them: the recent list (/orders) and one order in detail (/order n). */
public final class OrderView {
    static final int MAX_DETAIL_BUTTONS = 6;

    private OrderView() {
    }

    /** Money at the rate locked on the order when it was confirmed. */
    public static MoneyFormat money(Order o) {
        return new MoneyFormat(o.currency(), o.rateMicros());
    }

    /** "Shipped", "Waiting for payment" … or the upstream status text when we could not map it. */
    public static String status(ChatView v, Order o) {
        return status(v, o.status(), o.upstreamStatus());
    }

    public static String status(ChatView v, OrderStatus status, String upstreamStatus) {
        return v.t("status." + status.name(), upstreamStatus == null ? "?" : upstreamStatus);
    }

    public static String title(ChatView v, Order o) {
        return v.t("order.title", o.number(), v.t("marketplace." + o.marketplace().code()));
    }

    public static String logistics(ChatView v, Order o) {
        if (o.logisticsNumber() == null || o.logisticsNumber().isBlank()) {
            return null;
        }
        String company = o.logisticsCompany() == null || o.logisticsCompany().isBlank() ? "" : o.logisticsCompany();
        return v.t("order.logistics", company, o.logisticsNumber()).strip();
    }

    public static OutMessage list(ChatView v, List<Order> orders) {
        if (orders.isEmpty()) {
            return OutMessage.Text.of(v.t("orders.none"));
        }
        List<Item> items = new ArrayList<>();
        List<Button> buttons = new ArrayList<>();
        for (Order o : orders) {
            items.add(new Item(title(v, o) + " · " + status(v, o), money(o).both(o.totalFen()), logistics(v, o)));
            if (buttons.size() < MAX_DETAIL_BUTTONS) {
                buttons.add(v.button(v.t("btn.order", o.number()), Act.ORDER, o.number()));
            }
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += 3) {
            rows.add(buttons.subList(i, Math.min(i + 3, buttons.size())));
        }
        return new OutMessage.Listing(v.t("orders.title"), List.of(new Section(null, Trim.items(v, items), null)),
                List.of(v.t("orders.hint")), rows, null);
    }

    public static OutMessage detail(ChatView v, OrderDetail detail) {
        Order o = detail.order();
        MoneyFormat money = money(o);
        List<Section> sections = sectionsByMember(v, o, money);
        List<String> footer = new ArrayList<>();
        footer.add(v.t("order.status", status(v, o)));
        String logistics = logistics(v, o);
        if (logistics != null) {
            footer.add(logistics);
        }
        footer.add(v.t("order.amounts", money.cny(o.goodsFen()), money.cny(o.freightFen()), money.both(o.totalFen())));
        if (!money.rate().isEmpty()) {
            footer.add(v.t("order.rate", money.rate()));
        }
        for (Refund r : detail.refunds()) {
            footer.add(v.t("order.refund", money.both(r.amountFen())));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (PriceChange change : detail.pendingPriceChanges()) {
            footer.add(v.t("order.price_change_pending", money.both(change.oldTotalFen()),
                    money.both(change.newTotalFen())));
            rows.add(priceChangeButtons(v, change));
        }
        if (o.status() == OrderStatus.WAITING_PAYMENT && o.upstreamOrderId() != null) {
            rows.add(List.of(v.button(v.t("btn.pay", o.number()), Act.PAY, o.number())));
        }
        return new OutMessage.Listing(title(v, o), sections, footer, rows, "order:" + o.id());
    }

    public static List<Button> priceChangeButtons(ChatView v, PriceChange change) {
        return List.of(v.button(v.t("btn.accept_price"), Act.ACCEPT_PRICE, change.id()),
                v.button(v.t("btn.reject_price"), Act.REJECT_PRICE, change.id()));
    }

    /** The order's lines grouped by member, each member's share as the closing line. */
    static List<Section> sectionsByMember(ChatView v, Order o, MoneyFormat money) {
        Map<UserId, List<Item>> items = new LinkedHashMap<>();
        Map<UserId, String> names = new LinkedHashMap<>();
        for (OrderLine l : o.lines()) {
            items.computeIfAbsent(l.member(), k -> new ArrayList<>()).add(new Item(
                    LineText.of(l.quantity(), l.title(), l.skuDescription()), money.cny(l.subtotalFen()), null));
            names.put(l.member(), l.memberName());
        }
        Map<UserId, MemberShare> shares = new LinkedHashMap<>();
        o.shares().forEach(s -> shares.put(s.member(), s));
        List<Section> sections = new ArrayList<>();
        items.forEach((member, list) -> {
            MemberShare s = shares.get(member);
            String summary = s == null ? null : v.t("checkout.share", money.cny(s.goodsFen()),
                    money.cny(s.freightFen()), money.both(s.totalFen()));
            sections.add(new Section(names.get(member), Trim.items(v, list), summary));
        });
        return sections;
    }
}
