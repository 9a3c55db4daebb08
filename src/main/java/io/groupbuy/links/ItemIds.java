package io.groupbuy.links;

/**
 * What counts as a marketplace item id. Taobao/Tmall item ids and 1688 offer ids are positive decimal
 * numbers of 9 to 13 digits today; the bounds leave room on both sides and always fit in a {@code long}.
 */
public final class ItemIds {
    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 18;

    private ItemIds() {}

    public static boolean isValid(String id) {
        return id != null && isValid(id, 0, id.length());
    }

    /** Whether {@code s[from, to)} is an item id, without copying it. */
    static boolean isValid(CharSequence s, int from, int to) {
        int len = to - from;
        if (len < MIN_DIGITS || len > MAX_DIGITS || s.charAt(from) == '0') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
