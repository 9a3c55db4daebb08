package io.groupbuy.core;

import java.util.List;

/** The member asked for something the rules do not allow; {@link Problem} picks the sentence they see. */
public final class UserError extends GroupBuyException {
    /** What went wrong, from the member's point of view. */
    public enum Problem {
        NOT_ADMIN,
        NOT_YOUR_LINE,
        LINE_NOT_FOUND,
        CART_FROZEN,
        CART_EMPTY,
        CART_FULL,
        QUANTITY_INVALID,
        QUANTITY_ABOVE_CAP,
        BELOW_MINIMUM,
        OUT_OF_STOCK,
        NOT_ENOUGH_STOCK,
        SKU_NOT_FOUND,
        PRODUCT_NOT_FOUND,
        CHECKOUT_NOT_FOUND,
        CHECKOUT_STALE,
        CHECKOUT_IN_PROGRESS,
        NOTHING_ORDERABLE,
        ORDER_NOT_FOUND,
        PRICE_CHANGE_STALE,
        ALREADY_ADMIN,
        MEMBER_NOT_FOUND,
        CURRENCY_UNKNOWN,
        LAST_ADMIN,
        NOT_PAYABLE,
        /** A button or quantity change refers to a line that changed since. */
        STALE_BUTTON
    }

    private final Problem problem;
    private final List<Object> args;

    public UserError(Problem problem, Object... args) {
        super(problem.name(), null);
        this.problem = problem;
        this.args = List.of(args);
    }

    public Problem problem() {
        return problem;
    }

    /** Values for the message template (quantities, names, prices); never raw upstream text. */
    public List<Object> args() {
        return args;
    }
}
