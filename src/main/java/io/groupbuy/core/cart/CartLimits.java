package io.groupbuy.core.cart;

/** Bounds that keep one chat from filling the database or ordering absurd quantities by a typo. */
public record CartLimits(int maxQuantityPerLine, int maxLinesPerCart) {
    public static final CartLimits DEFAULT = new CartLimits(99, 60);

    public CartLimits {
        if (maxQuantityPerLine < 1 || maxLinesPerCart < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
