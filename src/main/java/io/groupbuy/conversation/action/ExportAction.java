package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import io.groupbuy.conversation.render.Csv;
import io.groupbuy.conversation.render.LineText;
import io.groupbuy.conversation.render.MoneyFormat;
import io.groupbuy.core.CartLine;
import io.groupbuy.core.CheckoutState;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.cart.Cart;
import io.groupbuy.core.cart.CartService;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.checkout.CheckoutService;
import io.groupbuy.core.checkout.CheckoutSummary;
import io.groupbuy.core.port.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * /export (admins): the cart as a CSV file — member, item, options, quantity, unit and subtotal in CNY
 * — followed by each member's share when a checkout awaits confirmation. Channels that cannot send
 * files show the same as a short text table.
 */
public final class ExportAction implements CommandAction {
    private final CartService carts;
    private final CheckoutService checkouts;
    private final Transactions tx;
    private final Clock clock;

    public ExportAction(CartService carts, CheckoutService checkouts, Transactions tx, Clock clock) {
        this.carts = carts;
        this.checkouts = checkouts;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Reply command(Turn turn, String args) {
        ChatService.requireAdmin(turn.actor());
        Cart cart = carts.view(turn.chat().id());
        if (cart.isEmpty()) {
            return turn.say(turn.t("cart.empty"));
        }
        Csv csv = new Csv().row(turn.t("export.col_member"), turn.t("export.col_item"),
                turn.t("export.col_options"), turn.t("export.col_quantity"), turn.t("export.col_unit"),
                turn.t("export.col_subtotal"));
        RichText.Builder fallback = RichText.builder().bold(turn.t("export.title")).newline();
        for (CartLine l : cart.lines()) {
            csv.row(l.memberName(), l.title(), l.skuDescription(), Integer.toString(l.quantity()),
                    MoneyFormat.plain(l.unitPriceFen()), MoneyFormat.plain(l.subtotalFen()));
            fallback.line(l.memberName() + ": " + LineText.of(l.quantity(), l.title(), l.skuDescription()) + " — "
                    + turn.money().cny(l.subtotalFen()));
        }
        fallback.line(turn.t("cart.total", cart.itemCount(), turn.money().both(cart.totalFen())));
        awaitingSummary(turn).ifPresent(summary -> {
            MoneyFormat money = new MoneyFormat(summary.checkout().currency(), summary.checkout().rateMicros());
            csv.row().row(turn.t("export.col_member"), turn.t("export.col_goods"), turn.t("export.col_freight"),
                    turn.t("export.col_share"), turn.t("export.col_share_local", money.currency()));
            fallback.newline().bold(turn.t("export.shares")).newline();
            for (MemberShare s : summary.shares()) {
                csv.row(s.memberName(), MoneyFormat.plain(s.goodsFen()), MoneyFormat.plain(s.freightFen()),
                        MoneyFormat.plain(s.totalFen()), money.localPlain(s.totalFen()));
                fallback.line(s.memberName() + ": " + money.both(s.totalFen()));
            }
        });
        String date = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        String fileName = "cart-" + date + ".csv";
        return Reply.of(new OutMessage.Document(fileName, "text/csv", csv.bytes(),
                turn.t("export.caption", cart.lines().size()), fallback.build(), null));
    }

    private Optional<CheckoutSummary> awaitingSummary(Turn turn) {
        return tx.read(s -> s.checkouts().active(turn.chat().id()))
                .filter(c -> c.state() == CheckoutState.AWAITING_CONFIRMATION)
                .flatMap(c -> checkouts.summary(c.id()));
    }
}
