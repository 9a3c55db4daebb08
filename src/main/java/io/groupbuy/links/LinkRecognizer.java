package io.groupbuy.links;

import io.groupbuy.core.Marketplace;
import java.util.Locale;

/** Decides what one parsed URL points at: the marketplace rules, short links, and shopping-agent wrappers. */
final class LinkRecognizer {

    /** How many wrappers deep a link may sit (agent → agent → marketplace). */
    static final int MAX_DEPTH = 2;
    /** Wrapped values tried per URL: bounds the work an adversarial query with thousands of {@code url=} can cause. */
    private static final int MAX_UNWRAP_ATTEMPTS = 3;

    private static final String[] TAOBAO_ID_KEYS = {"id", "itemId", "item_id", "num_iid"};
    private static final String[] OFFER_ID_KEYS = {"offerId", "offer_id"};
    private static final String[] AGENT_TYPE_KEYS = {"shop_type", "shoptype", "platform"};
    private static final String[] AGENT_ID_KEYS = {"id", "itemId", "item_id", "offerId", "offer_id"};
    /** Query keys under which agents and redirect pages carry a whole marketplace link. */
    private static final String[] WRAP_KEYS = {"url", "link", "productLink", "product_link", "productUrl",
        "product_url", "goodsUrl", "goods_url", "itemUrl", "item_url", "targetUrl", "target_url", "target",
        "redirectUrl", "redirect_url", "redirect", "originUrl", "origin_url", "tu"};

    private LinkRecognizer() {}

    static FoundLink recognize(UrlParts u, int depth) {
        Hosts.Kind kind = Hosts.classify(u.host());
        return switch (kind.role()) {
            case UNSUPPORTED -> u.hasPathOrQuery() ? new UnsupportedLink(kind.unsupportedName(), u.display()) : null;
            case TAOBAO, TAOBAO_SHORT -> marketplace(u, kind, Marketplace.TAOBAO, taobaoId(u), depth);
            case ALIBABA_1688, ALIBABA_1688_SHORT -> marketplace(u, kind, Marketplace.ALIBABA_1688, offerId(u), depth);
            case OTHER -> agent(u, depth);
        };
    }

    private static FoundLink marketplace(UrlParts u, Hosts.Kind kind, Marketplace m, String id, int depth) {
        if (id != null) {
            return new ProductLink(m, id);
        }
        if (kind.isShort() && u.hasPathOrQuery()) {
            return new ShortLink(m, shortUrl(u));
        }
        return unwrap(u, depth);
    }

    /**
     * tb.cn links carry their code in the path; the query ({@code ?tk=…}, {@code &sm=…}) only tracks the
     * share, so dropping it makes the same product shared twice one link (and one cache entry).
     */
    private static String shortUrl(UrlParts u) {
        boolean tbCn = u.host().equals("tb.cn") || u.host().endsWith(".tb.cn");
        return tbCn && u.path().length() > 1 ? "https://" + u.host() + u.path() : u.httpsForm();
    }

    private static String taobaoId(UrlParts u) {
        if (!mayShowItems(u.host())) {
            return null;
        }
        String id = QueryParams.itemId(u.query(), TAOBAO_ID_KEYS);
        if (id == null && !u.fragment().isEmpty()) {
            id = QueryParams.itemId(u.fragmentQuery(), TAOBAO_ID_KEYS);
        }
        return id != null ? id : pathId(u.path(), true, "item", "i", "detail");
    }

    private static String offerId(UrlParts u) {
        String id = QueryParams.itemId(u.query(), OFFER_ID_KEYS);
        if (id == null && !u.fragment().isEmpty()) {
            id = QueryParams.itemId(u.fragmentQuery(), OFFER_ID_KEYS);
        }
        return id != null ? id : pathId(u.path(), false, "offer");
    }

    /** Search, log-in and shop front pages carry other numbers in {@code id=}; item pages live elsewhere. */
    private static boolean mayShowItems(String host) {
        String first = host.substring(0, host.indexOf('.'));
        return !(first.equals("s") || first.equals("login") || first.startsWith("shop"));
    }

    /**
     * The id in the last path segment: {@code /offer/<id>.html}, {@code /item/<id>.htm}, and with
     * {@code iPrefix} also Taobao's {@code /i<id>.htm}.
     */
    private static String pathId(String path, boolean iPrefix, String... parents) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        int slash = path.lastIndexOf('/', end - 1);
        if (slash < 0) {
            return null;
        }
        int segStart = slash + 1;
        int idEnd = end;
        if (endsWithIgnoreCase(path, idEnd, ".html")) {
            idEnd -= 5;
        } else if (endsWithIgnoreCase(path, idEnd, ".htm")) {
            idEnd -= 4;
        }
        if (iPrefix && idEnd - segStart > 1 && (path.charAt(segStart) == 'i' || path.charAt(segStart) == 'I')
                && ItemIds.isValid(path, segStart + 1, idEnd)) {
            return path.substring(segStart + 1, idEnd);
        }
        if (!ItemIds.isValid(path, segStart, idEnd)) {
            return null;
        }
        int parentStart = path.lastIndexOf('/', slash - 1) + 1;
        return QueryParams.keyIs(path, parentStart, slash, parents) ? path.substring(segStart, idEnd) : null;
    }

    private static boolean endsWithIgnoreCase(String s, int end, String suffix) {
        int from = end - suffix.length();
        return from >= 0 && s.regionMatches(true, from, suffix, 0, suffix.length());
    }

    /** A shopping agent's page: {@code ?shop_type=taobao&id=…}, or a marketplace link wrapped in a parameter. */
    private static FoundLink agent(UrlParts u, int depth) {
        if (u.query().isEmpty() && u.fragment().isEmpty()) {
            return null;
        }
        FoundLink typed = agentTyped(u, u.query());
        if (typed == null && !u.fragment().isEmpty()) {
            typed = agentTyped(u, u.fragmentQuery());
        }
        return typed != null ? typed : unwrap(u, depth);
    }

    private static FoundLink agentTyped(UrlParts u, String q) {
        String type = QueryParams.value(q, AGENT_TYPE_KEYS);
        if (type == null) {
            return null;
        }
        String id = QueryParams.itemId(q, AGENT_ID_KEYS);
        if (id == null) {
            return null;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "taobao", "tmall", "tb" -> new ProductLink(Marketplace.TAOBAO, id);
            case "ali_1688", "1688", "alibaba", "ali1688" -> new ProductLink(Marketplace.ALIBABA_1688, id);
            case "weidian", "wd" -> new UnsupportedLink("Weidian", u.display());
            default -> null;
        };
    }

    private static FoundLink unwrap(UrlParts u, int depth) {
        if (depth >= MAX_DEPTH || (u.query().isEmpty() && u.fragment().isEmpty())) {
            return null;
        }
        int[] attempts = {0};
        QueryParams.PairVisitor<FoundLink> wrapped = (q, ks, ke, vs, ve) -> {
            if (ve == vs || attempts[0] >= MAX_UNWRAP_ATTEMPTS || !QueryParams.keyIs(q, ks, ke, WRAP_KEYS)) {
                return null;
            }
            attempts[0]++;
            FoundLink inner = LinkScanner.first(QueryParams.decodeNested(q.substring(vs, ve)), depth + 1);
            int question = q.indexOf('?', vs);
            if (inner == null && question >= 0 && question < ve) {
                // An agent that did not encode the link: its own "&" split the inner query; read on to the end.
                inner = LinkScanner.first(QueryParams.decodeNested(q.substring(vs)), depth + 1);
            }
            return inner;
        };
        FoundLink inner = QueryParams.find(u.query(), wrapped);
        return inner != null || u.fragment().isEmpty() ? inner : QueryParams.find(u.fragmentQuery(), wrapped);
    }
}
