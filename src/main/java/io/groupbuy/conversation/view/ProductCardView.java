package io.groupbuy.conversation.view;

import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.OutMessage.ProductCard;
import io.groupbuy.conversation.render.LineText;
import io.groupbuy.core.Product;
import io.groupbuy.core.ProductSummary;
import io.groupbuy.core.Sku;
import io.groupbuy.core.SkuProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A product card: picture, title, price (promotion when lower) in CNY and the chat's currency, stock,
 * and the next SKU choice as buttons — the first dimension's values (sold-out ones marked, paged 8 at
 * a time), then the next dimension, then quantities once one SKU is determined.
 */
public final class ProductCardView {
    public static final int PAGE_SIZE = 8;
    public static final int QUANTITY_BUTTONS = 5;
    static final int MAX_TITLE = 120;
    static final int MAX_LABEL = 28;

    private ProductCardView() {
    }

    /** The choices made so far plus any dimension that has only one value left (nothing to ask). */
    public static CardState settle(Product p, CardState state) {
        CardState s = state;
        List<String> dims = p.dimensions();
        while (s.chosen().size() < dims.size()) {
            List<String> values = p.valuesOf(dims.get(s.chosen().size()), chosenProperties(p, s));
            if (values.size() != 1) {
                break;
            }
            s = s.choose(values.get(0));
        }
        return s;
    }

    /** The SKU the choices determine, if they do. */
    public static Optional<Sku> determined(Product p, CardState s) {
        List<String> dims = p.dimensions();
        if (dims.isEmpty()) {
            return p.skus().size() == 1 ? Optional.of(p.skus().get(0)) : Optional.empty();
        }
        if (s.chosen().size() < dims.size()) {
            return Optional.empty();
        }
        return p.skusMatching(chosenProperties(p, s)).stream().findFirst();
    }

    /** The choices as SKU properties (dimension name, value). */
    public static List<SkuProperty> chosenProperties(Product p, CardState s) {
        List<String> dims = p.dimensions();
        List<SkuProperty> props = new ArrayList<>();
        for (int i = 0; i < s.chosen().size() && i < dims.size(); i++) {
            props.add(new SkuProperty(dims.get(i), s.chosen().get(i)));
        }
        return props;
    }

    /** True when no SKU matching the choices (plus {@code value} for {@code dim}) has stock. */
    public static boolean soldOut(Product p, CardState s, String dim, String value) {
        List<SkuProperty> props = new ArrayList<>(chosenProperties(p, s));
        props.add(new SkuProperty(dim, value));
        return p.skusMatching(props).stream().allMatch(k -> k.stock() <= 0);
    }

    public static ProductCard card(ChatView v, Product p, CardState state, int maxQuantity) {
        CardState s = settle(p, state);
        Optional<Sku> sku = determined(p, s);
        List<String> details = new ArrayList<>();
        if (!s.chosen().isEmpty()) {
            details.add(v.t("card.chosen", String.join(" / ", s.chosen())));
        }
        int stock = sku.map(Sku::stock).orElse(p.stock());
        details.add(stock > 0 ? v.t("card.stock", stock) : v.t("card.stock_none"));
        if (p.minQuantity() > 1) {
            details.add(v.t("card.minimum", p.minQuantity()));
        }
        if (!p.shopName().isBlank()) {
            details.add(v.t("card.shop", p.shopName()));
        }
        String price;
        String listPrice = null;
        if (sku.isPresent()) {
            price = v.money().both(sku.get().unitPriceFen());
            if (sku.get().unitPriceFen() < sku.get().priceFen()) {
                listPrice = v.money().both(sku.get().priceFen());
            }
        } else {
            long[] range = p.priceRange();
            price = v.money().range(range[0], range[1]);
            if (p.unitPriceFen() < p.priceFen() && range[0] == range[1]) {
                listPrice = v.money().both(p.priceFen());
            }
        }
        String picture = sku.map(Sku::pictureUrl).filter(u -> u != null && !u.isBlank())
                .orElse(p.picture().orElse(null));
        List<List<Button>> buttons = new ArrayList<>();
        String prompt = choices(v, p, s, sku, maxQuantity, buttons);
        CardState start = CardState.start(s.cardKey(), s.product());
        if (s.chosen().size() > settle(p, start).chosen().size()) {
            buttons.add(List.of(v.button(v.t("btn.start_over"), Act.RESET, start.args())));
        }
        return new ProductCard(picture, v.t("marketplace." + p.ref().marketplace().code()),
                LineText.shorten(p.title(), MAX_TITLE), price, listPrice, details, prompt, buttons, s.cardKey());
    }

    private static String choices(ChatView v, Product p, CardState s, Optional<Sku> sku, int maxQuantity,
                                  List<List<Button>> rows) {
        if (p.skus().isEmpty() || p.dimensions().isEmpty() && sku.isEmpty()) {
            return v.t("card.not_orderable");
        }
        if (sku.isPresent()) {
            int first = p.minQuantity();
            int last = Math.min(first + QUANTITY_BUTTONS - 1, Math.min(sku.get().stock(), maxQuantity));
            if (last < first) {
                return v.t("card.sold_out");
            }
            List<Button> row = new ArrayList<>();
            for (int q = first; q <= last; q++) {
                row.add(v.button(Integer.toString(q), Act.QTY, s.cardKey(), CardState.productKey(p.ref()),
                        sku.get().key(), q));
            }
            rows.add(row);
            return v.t("card.how_many", maxQuantity);
        }
        List<String> dims = p.dimensions();
        if (s.chosen().size() >= dims.size()) {
            return v.t("card.sold_out"); // the values chosen match no SKU any more
        }
        String dim = dims.get(s.chosen().size());
        List<String> values = p.valuesOf(dim, chosenProperties(p, s));
        if (values.stream().allMatch(value -> soldOut(p, s, dim, value))) {
            return v.t("card.sold_out");
        }
        int pages = (values.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int page = s.page() < pages ? s.page() : 0;
        List<String> shown = values.subList(page * PAGE_SIZE, Math.min(values.size(), (page + 1) * PAGE_SIZE));
        List<Button> row = new ArrayList<>();
        for (String value : shown) {
            String label = LineText.shorten(value, MAX_LABEL);
            if (soldOut(p, s, dim, value)) {
                label = v.t("card.value_sold_out", label);
            }
            row.add(v.button(label, Act.PICK, s.page(page).choose(value).args()));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        if (pages > 1) {
            rows.add(List.of(v.button(v.t("btn.more", page + 1, pages), Act.PAGE,
                    s.page((page + 1) % pages).args())));
        }
        return v.t("card.choose", dim);
    }

    /** A search hit: picture, title, price, and a button that opens the full card. */
    public static ProductCard hit(ChatView v, ProductSummary hit) {
        Button open = v.button(v.t("btn.show"), Act.SHOW, CardState.productKey(hit.ref()));
        return new ProductCard(hit.pictureUrl(), v.t("marketplace." + hit.ref().marketplace().code()),
                LineText.shorten(hit.title(), MAX_TITLE), v.money().both(hit.priceFen()), null, List.of(), null,
                List.of(List.of(open)), null);
    }

    public static OutMessage hits(ChatView v, String altText, List<ProductSummary> hits) {
        return new OutMessage.Cards(altText, hits.stream().map(h -> hit(v, h)).toList(), null);
    }
}
