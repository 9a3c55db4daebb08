package io.groupbuy.core;

import java.util.Locale;
import java.util.Optional;

/** The marketplaces PandaPon buys from. A Tmall item is {@link #TAOBAO}: PandaPon serves both through its Taobao API. */
public enum Marketplace {
    TAOBAO("taobao"),
    ALIBABA_1688("1688");

    private final String code;

    Marketplace(String code) {
        this.code = code;
    }

    /** The short name used on the wire and in the operator contract ({@code parse-link} output). */
    public String code() {
        return code;
    }

    public static Optional<Marketplace> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Marketplace m : values()) {
            if (m.code.equals(c)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
