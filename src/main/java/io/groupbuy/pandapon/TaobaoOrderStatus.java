package io.groupbuy.pandapon;

import java.util.Optional;

/**
 * The Taobao purchase-order status ({@code TaoBaoOrderStatusEnum}, API.md §6.5, from the clone).
 * Happy path: 12 -> 0 -> (1 -> 2 -> 5 when paying by voucher) -> 10 -> 11.
 */
public enum TaobaoOrderStatus {
    ORDER_BULIDING(12, "order is being created"), // sic, as on the wire
    TAOBAO_ORDER_WAIT_BUYER_PAY(0, "waiting for payment"),
    ORDER_PAY_STATUS(1, "payment proof uploaded, waiting for finance"),
    ORDER_FINANCE_PASS_STATUS(2, "finance confirmed payment"),
    ORDER_FINANCE_REFUSE_STATUS(3, "finance rejected the payment proof"),
    WAIT_FINANCE_PAY(5, "waiting for the finance system to pay"),
    WAIT_SELLER_SEND_GOODS(10, "paid, waiting for the seller to ship"),
    WAIT_BUYER_CONFIRM_GOODS(11, "shipped, waiting for receipt"),
    CANCEL(4, "closed or cancelled"),
    OTHER_STATUS(9, "other");

    private final int code;
    private final String meaning;

    TaobaoOrderStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** Unknown codes map to {@link #OTHER_STATUS}, as the enum itself does upstream. */
    public static TaobaoOrderStatus fromCode(int code) {
        for (TaobaoOrderStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return OTHER_STATUS;
    }

    public static Optional<TaobaoOrderStatus> fromName(String name) {
        for (TaobaoOrderStatus s : values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
