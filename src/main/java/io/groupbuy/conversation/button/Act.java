package io.groupbuy.conversation.button;

import java.util.Optional;

/**
 * What a button does, as stored with its token. {@code adminOnly} buttons are shown to everyone (a
 * chat has one keyboard for all) and checked when pressed.
 */
public enum Act {
    CART("cart", false),
    MINE("mine", false),
    /** Choose a value of the next SKU dimension on a product card. */
    PICK("pick", false),
    /** Next page of a dimension's values. */
    PAGE("page", false),
    /** Back to the first dimension of a product card. */
    RESET("reset", false),
    /** Add this many of the chosen SKU. */
    QTY("qty", false),
    /** Open the product card of a search result. */
    SHOW("show", false),
    LINE_DEC("dec", false),
    LINE_INC("inc", false),
    LINE_DEL("del", false),
    ORDER("order", false),
    CHECKOUT("checkout", true),
    CONFIRM("confirm", true),
    CANCEL("cancel", true),
    ACCEPT_PRICE("accept", true),
    REJECT_PRICE("reject", true),
    PAY("pay", true);

    private final String code;
    private final boolean adminOnly;

    Act(String code, boolean adminOnly) {
        this.code = code;
        this.adminOnly = adminOnly;
    }

    public String code() {
        return code;
    }

    public boolean adminOnly() {
        return adminOnly;
    }

    public static Optional<Act> fromCode(String code) {
        for (Act a : values()) {
            if (a.code.equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
