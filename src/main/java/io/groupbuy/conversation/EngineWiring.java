package io.groupbuy.conversation;

import io.groupbuy.conversation.action.AddAction;
import io.groupbuy.conversation.action.AdminAction;
import io.groupbuy.conversation.action.ButtonAction;
import io.groupbuy.conversation.action.CancelCheckoutAction;
import io.groupbuy.conversation.action.CardAction;
import io.groupbuy.conversation.action.CartAction;
import io.groupbuy.conversation.action.CheckoutAction;
import io.groupbuy.conversation.action.CommandAction;
import io.groupbuy.conversation.action.ConfirmAction;
import io.groupbuy.conversation.action.CurrencyAction;
import io.groupbuy.conversation.action.ExportAction;
import io.groupbuy.conversation.action.HelpAction;
import io.groupbuy.conversation.action.LanguageAction;
import io.groupbuy.conversation.action.LineEditAction;
import io.groupbuy.conversation.action.LinkAction;
import io.groupbuy.conversation.action.MineAction;
import io.groupbuy.conversation.action.OrderDetailAction;
import io.groupbuy.conversation.action.OrdersAction;
import io.groupbuy.conversation.action.PayAction;
import io.groupbuy.conversation.action.PendingPicks;
import io.groupbuy.conversation.action.PhotoRequests;
import io.groupbuy.conversation.action.PhotoSearchAction;
import io.groupbuy.conversation.action.PriceDecisionAction;
import io.groupbuy.conversation.action.ProductCatalog;
import io.groupbuy.conversation.action.ProductCards;
import io.groupbuy.conversation.action.Router;
import io.groupbuy.conversation.action.SearchAction;
import io.groupbuy.conversation.action.SetupAction;
import io.groupbuy.conversation.action.ShowProductAction;
import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.button.PressedButtons;
import io.groupbuy.core.Marketplace;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Builds every action once and says which command and which button goes to which. */
final class EngineWiring {
    /** How long "/qty N" remembers the SKU a member chose last. */
    static final Duration PICK_TTL = Duration.ofMinutes(30);
    /** How long "/search" alone waits for the member's photo. */
    static final Duration PHOTO_WINDOW = Duration.ofMinutes(3);

    private EngineWiring() {
    }

    static Router router(ConversationDeps d) {
        ProductCatalog catalog = new ProductCatalog(d.marketplace(), d.productCacheTtl());
        PendingPicks picks = new PendingPicks(PICK_TTL);
        PhotoRequests photoRequests = new PhotoRequests(PHOTO_WINDOW);
        ProductCards cards = new ProductCards(catalog, picks, d.carts().limits());
        HelpAction help = new HelpAction(d.botName());
        CartAction cart = new CartAction(d.carts());
        MineAction mine = new MineAction(d.carts());
        AddAction add = new AddAction(d.carts(), cards, picks);
        CheckoutAction checkout = new CheckoutAction(d.checkouts());
        OrderDetailAction order = new OrderDetailAction(d.orders());
        PayAction pay = new PayAction(d.placement());

        Map<String, CommandAction> commands = new HashMap<>();
        commands.put("start", (turn, args) -> help.start(turn));
        commands.put("help", help);
        commands.put("cart", cart);
        commands.put("mine", mine);
        commands.put("qty", add);
        commands.put("search", new SearchAction(d.marketplace(), Marketplace.TAOBAO, d.searchLimit(), photoRequests));
        commands.put("search1688", new SearchAction(d.marketplace(), Marketplace.ALIBABA_1688, d.searchLimit(),
                photoRequests));
        commands.put("lang", new LanguageAction(d.chats(), d.messages()));
        commands.put("currency", new CurrencyAction(d.chats(), d.rates()));
        commands.put("checkout", checkout);
        commands.put("orders", new OrdersAction(d.orders()));
        commands.put("order", order);
        commands.put("pay", pay);
        commands.put("export", new ExportAction(d.carts(), d.checkouts(), d.tx(), d.clock()));
        commands.put("admin", new AdminAction(d.chats()));
        commands.put("setup", new SetupAction(d.chats()));

        Map<Act, ButtonAction> buttons = new EnumMap<>(Act.class);
        CardAction card = new CardAction(cards);
        LineEditAction edit = new LineEditAction(d.carts());
        PriceDecisionAction price = new PriceDecisionAction(d.updates(), d.orders(), d.tx());
        buttons.put(Act.CART, cart);
        buttons.put(Act.MINE, mine);
        buttons.put(Act.PICK, card);
        buttons.put(Act.PAGE, card);
        buttons.put(Act.RESET, card);
        buttons.put(Act.QTY, add);
        buttons.put(Act.SHOW, new ShowProductAction(cards));
        buttons.put(Act.LINE_DEC, edit);
        buttons.put(Act.LINE_INC, edit);
        buttons.put(Act.LINE_DEL, edit);
        buttons.put(Act.ORDER, order);
        buttons.put(Act.CHECKOUT, checkout);
        buttons.put(Act.CONFIRM, new ConfirmAction(d.placement(), d.checkouts(), d.carts()));
        buttons.put(Act.CANCEL, new CancelCheckoutAction(d.checkouts(), d.carts()));
        buttons.put(Act.ACCEPT_PRICE, price);
        buttons.put(Act.REJECT_PRICE, price);
        buttons.put(Act.PAY, pay);

        return new Router(commands, buttons, new PressedButtons(d.tx()), new LinkAction(d.links(), cards),
                new PhotoSearchAction(d.marketplace(), d.searchLimit()), photoRequests, help);
    }
}
