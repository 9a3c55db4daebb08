package io.groupbuy.conversation.view;

import io.groupbuy.core.GroupBuyException;
import io.groupbuy.core.RateLimited;
import io.groupbuy.core.UpstreamRejected;
import io.groupbuy.core.UpstreamUnavailable;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserError.Problem;

/**
 * The one place a failure becomes a sentence for members. The sealed hierarchy is matched case by
 * case (Java 17 has no pattern switch; the final branch is the one subclass left), and each
 * {@link Problem} by a switch the compiler checks for completeness. Never shows an upstream message.
 */
public final class ErrorText {
    private ErrorText() {
    }

    public static String sentence(ChatView v, GroupBuyException e) {
        if (e instanceof UserError u) {
            return v.t(key(u.problem()), u.args().toArray());
        }
        if (e instanceof UpstreamUnavailable) {
            return v.t("error.upstream_unavailable");
        }
        if (e instanceof UpstreamRejected) {
            return v.t("error.upstream_rejected");
        }
        if (e instanceof RateLimited r) {
            long seconds = r.retryAfter() == null ? 30 : Math.max(1, r.retryAfter().toSeconds());
            return v.t("error.rate_limited", seconds);
        }
        // InternalFailure, the last subclass the hierarchy permits: an apology, the details are in the log.
        return v.t("error.internal");
    }

    /** The message key of a problem. */
    public static String key(Problem problem) {
        return switch (problem) {
            case NOT_ADMIN -> "problem.not_admin";
            case NOT_YOUR_LINE -> "problem.not_your_line";
            case LINE_NOT_FOUND -> "problem.line_not_found";
            case CART_FROZEN -> "problem.cart_frozen";
            case CART_EMPTY -> "problem.cart_empty";
            case CART_FULL -> "problem.cart_full";
            case QUANTITY_INVALID -> "problem.quantity_invalid";
            case QUANTITY_ABOVE_CAP -> "problem.quantity_above_cap";
            case BELOW_MINIMUM -> "problem.below_minimum";
            case OUT_OF_STOCK -> "problem.out_of_stock";
            case NOT_ENOUGH_STOCK -> "problem.not_enough_stock";
            case SKU_NOT_FOUND -> "problem.sku_not_found";
            case PRODUCT_NOT_FOUND -> "problem.product_not_found";
            case CHECKOUT_NOT_FOUND -> "problem.checkout_not_found";
            case CHECKOUT_STALE -> "problem.checkout_stale";
            case CHECKOUT_IN_PROGRESS -> "problem.checkout_in_progress";
            case NOTHING_ORDERABLE -> "problem.nothing_orderable";
            case ORDER_NOT_FOUND -> "problem.order_not_found";
            case PRICE_CHANGE_STALE -> "problem.price_change_stale";
            case ALREADY_ADMIN -> "problem.already_admin";
            case MEMBER_NOT_FOUND -> "problem.member_not_found";
            case CURRENCY_UNKNOWN -> "problem.currency_unknown";
            case LAST_ADMIN -> "problem.last_admin";
            case NOT_PAYABLE -> "problem.not_payable";
            case STALE_BUTTON -> "problem.stale_button";
        };
    }
}
