package io.groupbuy.core;

/** Where a chat lives. The playground is the web chat of sandbox mode. */
public enum Channel {
    TELEGRAM("telegram"),
    LINE("line"),
    PLAYGROUND("playground");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Channel fromCode(String code) {
        for (Channel c : values()) {
            if (c.code.equalsIgnoreCase(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown channel: " + code);
    }
}
