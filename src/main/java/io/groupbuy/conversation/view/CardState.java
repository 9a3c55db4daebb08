package io.groupbuy.conversation.view;

import io.groupbuy.conversation.button.ButtonArgs;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.ProductRef;
import java.util.List;
import java.util.Optional;

/**
 * Where a product card stands: which card (its replace key, so each choice edits the same message),
 * which product, the SKU values chosen so far (one per dimension, in order) and the page of values shown.
 */
public record CardState(String cardKey, ProductRef product, List<String> chosen, int page) {
    public CardState {
        chosen = List.copyOf(chosen);
        page = Math.max(0, page);
    }

    public static CardState start(String cardKey, ProductRef product) {
        return new CardState(cardKey, product, List.of(), 0);
    }

    public CardState choose(String value) {
        List<String> next = new java.util.ArrayList<>(chosen);
        next.add(value);
        return new CardState(cardKey, product, next, 0);
    }

    public CardState page(int p) {
        return new CardState(cardKey, product, chosen, p);
    }

    /** "taobao:6729911", the product as button arguments carry it. */
    public static String productKey(ProductRef ref) {
        return ref.marketplace().code() + ":" + ref.itemId();
    }

    public static Optional<ProductRef> parseProduct(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        Optional<Marketplace> m = Marketplace.fromCode(key.substring(0, colon));
        try {
            return m.map(market -> new ProductRef(market, key.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Arguments of PICK / PAGE buttons: card key, product, page, chosen values. */
    public Object[] args() {
        Object[] args = new Object[3 + chosen.size()];
        args[0] = cardKey;
        args[1] = productKey(product);
        args[2] = page;
        for (int i = 0; i < chosen.size(); i++) {
            args[3 + i] = chosen.get(i);
        }
        return args;
    }

    public static Optional<CardState> fromArgs(ButtonArgs args) {
        return parseProduct(args.get(1)).map(ref -> new CardState(args.get(0), ref, args.rest(3),
                (int) args.number(2).orElse(0)));
    }
}
