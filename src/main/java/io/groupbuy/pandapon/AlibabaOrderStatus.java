package io.groupbuy.pandapon;

import java.util.Locale;

/** 1688 trade status strings (API.md §6.5); anything unknown is {@link #OTHER}. */
public enum AlibabaOrderStatus {
    WAIT_BUYER_PAY("waitbuyerpay"),
    WAIT_SELLER_SEND("waitsellersend"),
    WAIT_BUYER_RECEIVE("waitbuyerreceive"),
    CONFIRM_GOODS("confirm_goods"),
    SUCCESS("success"),
    CANCEL("cancel"),
    TERMINATED("terminated"),
    OTHER("other");

    private final String wire;

    AlibabaOrderStatus(String wire) {
        this.wire = wire;
    }

    /** The value on the wire, e.g. {@code waitbuyerpay}. */
    public String wire() {
        return wire;
    }

    public static AlibabaOrderStatus fromWire(String value) {
        if (value != null) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            for (AlibabaOrderStatus s : values()) {
                if (s.wire.equals(v)) {
                    return s;
                }
            }
        }
        return OTHER;
    }
}
