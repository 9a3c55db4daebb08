package io.groupbuy.links;

import java.util.HashMap;
import java.util.Map;

/**
 * Which registrable domains belong to whom. A host belongs to a domain only when it is that domain or one
 * of its sub-domains ({@code item.taobao.com.evil.example} belongs to {@code evil.example}); the most
 * specific entry wins, so {@code s.click.taobao.com} is a short link and {@code 2.taobao.com} is Xianyu.
 */
final class Hosts {

    enum Role { TAOBAO, TAOBAO_SHORT, ALIBABA_1688, ALIBABA_1688_SHORT, UNSUPPORTED, OTHER }

    record Kind(Role role, String unsupportedName) {
        boolean isMarketplace() {
            return role != Role.UNSUPPORTED && role != Role.OTHER;
        }

        boolean isShort() {
            return role == Role.TAOBAO_SHORT || role == Role.ALIBABA_1688_SHORT;
        }
    }

    static final Kind OTHER = new Kind(Role.OTHER, null);
    private static final Map<String, Kind> DOMAINS = new HashMap<>();

    static {
        marketplace(Role.TAOBAO, "taobao.com", "tmall.com", "tmall.hk", "liangxinyao.com");
        // Landing hosts that carry no item id but redirect to one.
        marketplace(Role.TAOBAO_SHORT, "tb.cn", "s.click.taobao.com", "uland.taobao.com");
        marketplace(Role.ALIBABA_1688, "1688.com");
        marketplace(Role.ALIBABA_1688_SHORT, "qr.1688.com");

        unsupported("JD", "jd.com", "jd.hk", "3.cn", "jingxi.com");
        unsupported("Pinduoduo", "yangkeduo.com", "pinduoduo.com");
        unsupported("Weidian", "weidian.com", "vdian.com", "koudai.com");
        unsupported("Xianyu", "goofish.com", "2.taobao.com");
        unsupported("AliExpress", "aliexpress.com", "aliexpress.us", "aliexpress.ru");
        unsupported("Alibaba.com", "alibaba.com");
        unsupported("Amazon", "amazon.com", "amazon.co.jp", "amazon.co.uk", "amazon.de", "amazon.fr", "amazon.it",
                "amazon.es", "amazon.ca", "amazon.cn", "amazon.in", "amazon.com.au", "amazon.sg", "amazon.ae",
                "amazon.sa", "amazon.com.br", "amazon.com.mx", "amazon.nl", "amazon.se", "amazon.pl",
                "amazon.com.tr", "amazon.com.be", "amzn.to", "amzn.asia", "amzn.eu", "a.co");
        unsupported("Shopee", "shopee.co.th", "shopee.com", "shopee.sg", "shopee.com.my", "shopee.ph",
                "shopee.vn", "shopee.co.id", "shopee.tw", "shopee.com.br", "shopee.cn", "shp.ee", "shope.ee");
        unsupported("Lazada", "lazada.co.th", "lazada.com", "lazada.sg", "lazada.com.my", "lazada.com.ph",
                "lazada.vn", "lazada.co.id", "lzd.co");
        unsupported("Temu", "temu.com");
        unsupported("Shein", "shein.com", "shein.co.th");
        unsupported("eBay", "ebay.com", "ebay.co.uk", "ebay.de", "ebay.com.au", "ebay.us");
        unsupported("Vipshop", "vip.com");
        unsupported("Suning", "suning.com");
        unsupported("Dewu", "dewu.com", "poizon.com");
        unsupported("Douyin", "jinritemai.com", "douyin.com");
    }

    private Hosts() {}

    /** {@code host} is lower-case (as {@link UrlParts} gives it). */
    static Kind classify(String host) {
        int from = 0;
        while (true) {
            Kind kind = DOMAINS.get(from == 0 ? host : host.substring(from));
            if (kind != null) {
                return kind;
            }
            int dot = host.indexOf('.', from);
            if (dot < 0) {
                return OTHER;
            }
            from = dot + 1;
        }
    }

    /** The resolver only ever talks to marketplace hosts, never to a host a redirect page names. */
    static boolean isFollowable(String host) {
        return host != null && classify(host.toLowerCase(java.util.Locale.ROOT)).isMarketplace();
    }

    private static void marketplace(Role role, String... domains) {
        Kind kind = new Kind(role, null);
        for (String d : domains) {
            DOMAINS.put(d, kind);
        }
    }

    private static void unsupported(String name, String... domains) {
        Kind kind = new Kind(Role.UNSUPPORTED, name);
        for (String d : domains) {
            DOMAINS.put(d, kind);
        }
    }
}
