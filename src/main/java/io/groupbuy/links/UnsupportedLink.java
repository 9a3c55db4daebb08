package io.groupbuy.links;

import java.util.Objects;

/**
 * A link to a marketplace PandaPon does not serve, so the bot can say so instead of staying silent.
 * {@code marketplaceName} is one of "JD", "Pinduoduo", "Weidian", "Amazon", "Shopee", "Lazada", "AliExpress",
 * "Alibaba.com", "Xianyu", "Temu", "Shein", "eBay", "Vipshop", "Suning", "Dewu", "Douyin".
 */
public record UnsupportedLink(String marketplaceName, String url) implements FoundLink {
    public UnsupportedLink {
        Objects.requireNonNull(marketplaceName, "marketplaceName");
        Objects.requireNonNull(url, "url");
    }
}
