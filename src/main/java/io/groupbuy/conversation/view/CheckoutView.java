package io.groupbuy.conversation.view;

import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.OutMessage.Item;
import io.groupbuy.conversation.model.OutMessage.Section;
import io.groupbuy.conversation.render.LineText;
import io.groupbuy.conversation.render.MoneyFormat;
import io.groupbuy.core.Checkout;
import io.groupbuy.core.CheckoutLine;
import io.groupbuy.core.CheckoutPart;
import io.groupbuy.core.CheckoutState;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.UserId;
import io.groupbuy.core.checkout.CheckoutSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checkout as the admin reviews it: each member's lines (price changes and lines left out for
 * stock flagged), their share (goods + freight), freight per marketplace and the total, at the rate
 * locked on the checkout; [Confirm & pay] [Cancel] while it awaits confirmation.
 */
public final class CheckoutView {
    private CheckoutView() {
    }

    public static String replaceKey(long checkoutId) {
        return "checkout:" + checkoutId;
    }

    public static MoneyFormat money(Checkout c) {
        return new MoneyFormat(c.currency(), c.rateMicros());
    }

    public static OutMessage summary(ChatView v, CheckoutSummary summary, String status) {
        Checkout c = summary.checkout();
        MoneyFormat money = money(c);
        Map<UserId, List<CheckoutLine>> byMember = new LinkedHashMap<>();
        Map<UserId, String> names = new LinkedHashMap<>();
        for (CheckoutLine l : c.lines()) {
            byMember.computeIfAbsent(l.member(), k -> new ArrayList<>()).add(l);
            names.put(l.member(), l.memberName());
        }
        Map<UserId, MemberShare> shares = new LinkedHashMap<>();
        summary.shares().forEach(s -> shares.put(s.member(), s));
        List<Section> sections = new ArrayList<>();
        byMember.forEach((member, lines) -> {
            List<Item> items = lines.stream().map(l -> item(v, money, l)).toList();
            MemberShare share = shares.get(member);
            String shareText = share == null ? v.t("checkout.no_share")
                    : v.t("checkout.share", money.cny(share.goodsFen()), money.cny(share.freightFen()),
                            money.both(share.totalFen()));
            sections.add(new Section(names.get(member), Trim.items(v, items), shareText));
        });
        List<String> footer = new ArrayList<>();
        for (CheckoutPart part : c.parts()) {
            footer.add(v.t("checkout.part", v.t("marketplace." + part.marketplace().code()),
                    money.cny(part.goodsFen()), money.cny(part.freightFen())));
        }
        footer.add(v.t("checkout.total", money.both(c.totalFen())));
        if (!money.rate().isEmpty()) {
            footer.add(v.t("checkout.rate", money.rate()));
        }
        if (!summary.priceChanges().isEmpty()) {
            footer.add(v.t("checkout.flag_prices", summary.priceChanges().size()));
        }
        if (!summary.excluded().isEmpty()) {
            footer.add(v.t("checkout.flag_excluded", summary.excluded().size()));
        }
        List<List<Button>> buttons = List.of();
        if (c.state() == CheckoutState.AWAITING_CONFIRMATION) {
            footer.add(v.t("checkout.ask_confirm"));
            buttons = List.of(List.of(v.button(v.t("btn.confirm"), Act.CONFIRM, c.id()),
                    v.button(v.t("btn.cancel_checkout"), Act.CANCEL, c.id())));
        }
        if (status != null) {
            footer.add(status);
        }
        return new OutMessage.Listing(v.t("checkout.title"), sections, footer, buttons, replaceKey(c.id()));
    }

    private static Item item(ChatView v, MoneyFormat money, CheckoutLine l) {
        String text = LineText.of(l.quantity(), l.title(), l.skuDescription());
        if (l.excluded()) {
            String note = l.available() <= 0 ? v.t("checkout.excluded_soldout")
                    : v.t("checkout.excluded_short", l.available());
            return new Item(text, "—", note);
        }
        String note = l.priceChanged() ? v.t("checkout.price_changed", money.cny(l.addedUnitFen()),
                money.cny(l.unitFen())) : null;
        return new Item(text, money.cny(l.subtotalFen()), note);
    }
}
