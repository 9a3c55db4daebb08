package io.groupbuy.bench;

import java.util.List;
import java.util.Random;

/**
 * Hostile and odd text, of the kinds a group chat and the internet produce: huge pastes, binary and
 * control characters, emoji and right-to-left text, Thai and Chinese, SQL- and Markdown/HTML-looking
 * text, malformed URLs, near-miss marketplace links, commands with garbage arguments.
 */
final class FuzzText {
    static final List<String> KINDS = List.of("huge", "binary", "emoji-rtl", "thai-chinese", "sql", "markup",
            "bad-url", "near-miss-link", "command-garbage", "link");

    private static final String[] SQL = {"'; DROP TABLE cart_lines; --", "1 OR 1=1", "\" OR \"\"=\"",
        "/qty 1; DELETE FROM orders", "Robert'); DROP TABLE chats;--", "%' UNION SELECT token FROM buttons --",
        "' || (SELECT value FROM bot_settings) || '", "0x27; ATTACH DATABASE '/tmp/x' AS x; --", "\\\\'; --",
        "admin'--", "1; PRAGMA writable_schema=1;", "$(rm -rf /)", "${jndi:ldap://x/a}", "{{7*7}}", "%s%s%s%n"};
    private static final String[] MARKUP = {"<b>bold</b>", "<script>alert(1)</script>", "</code><a href=x>",
        "*bold* _it_ `code` ~strike~", "[click](javascript:alert(1))", "```\nblock\n```", "&amp;&lt;&gt;&#x27;",
        "<a href=\"tg://user?id=1\">admin</a>", "||spoiler||", "<tg-spoiler>x</tg-spoiler>", "\\*\\_\\[", "<",
        "<<<<>>>>", "<img src=x onerror=alert(1)>", "# heading\n> quote\n- list", "@bot /checkout",
        "<i>unclosed"};
    private static final String[] BAD_URL = {"https://item.taobao.com/item.htm?id=", "http://[::1",
        "https://detail.1688.com/offer/.html", "https://%zz%zz", "https://item.taobao.com/item.htm?id=%00",
        "htps://item.taobao.com/item.htm?id=672991141190", "https://item.taobao.com:99999/item.htm?id=1",
        "https://user:pass@item.taobao.com/item.htm?id=672991141190", "javascript:alert(1)",
        "https://m.tb.cn/h.", "https://m.tb.cn/h.\u0000abc", "file:///etc/passwd", "https://" + "a".repeat(3000),
        "https://item.taobao.com/item.htm?id=672991141190#" + "x".repeat(5000), "http://127.0.0.1:8080/healthz",
        "https://item.taobao.com/item.htm?id[]=1&id[]=2", "https://item.taobao.com/item.htm?id=1e308"};
    private static final String[] NEAR_MISS = {"https://item.taobao.com/item.htm?id=12345",
        "https://item.taobao.com/item.htm?id=" + "9".repeat(25), "https://item.taobao.co/item.htm?id=672991141190",
        "https://taobao.com.evil.example/item.htm?id=672991141190", "https://detail.1688.com/offer/70662739325.html",
        "https://detail.tmall.com/item.htm?id=-672991141190", "https://item.taobao.com/item.htm?ID=672991141190",
        "https://detail.1688.com/offer/706627393257.htm", "【淘宝】https://m.tb.cn/h.ZZZ 「」", "item.taobao.com/item.htm",
        "https://item.taobao.com/item.htm?id=６７２９９１１４１１９０", "https://a.m.taobao.com/i.htm",
        "https://item.jd.com/100012345678.html", "https://www.amazon.com/dp/B000000000"};
    private static final String[] COMMANDS = {"/qty", "/qty -1", "/qty 0", "/qty 99999999999999999999", "/qty NaN",
        "/qty 1e9", "/qty ٣", "/lang xx", "/lang", "/lang th en", "/currency 💩", "/currency", "/currency usd; DROP",
        "/order -5", "/order 99999999999", "/order 1/0", "/pay abc", "/pay -1", "/admin add @nobody", "/admin remove",
        "/admin", "/admin add", "/setup", "/checkout", "/export", "/cart@someone_else_bot", "/mine extra args",
        "/search", "/search1688 " + "布".repeat(500), "/orders 1 2 3", "/help me", "/start " + "x".repeat(200),
        "/\u0000", "/ qty", "//cart", "/CART", "/cart\u202e", "/qty 1 2", "/pay 1 2 3"};
    private static final String[] EMOJI = {"😀", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇹🇭", "🧑🏽‍💻", "❤️", "\u200d", "\ufe0f", "🤌🏻", "🫠",
        "\uD83D", "\uDE00"};
    private static final String[] RTL = {"مرحبا بكم في المجموعة", "שלום עולם", "\u202eevil\u202c", "\u200f", "\u2067x\u2069",
        "كم سعر هذا؟ 123"};
    private static final String[] THAI_CHINESE = {"สวัสดีค่ะ เอาสีดำไซส์ M 2 ตัวนะคะ", "我要两件，黑色M码",
        "ราคารวมค่าส่งเท่าไหร่ครับ", "这个多少钱？包邮吗", "ขอบคุณค่ะ 555", "请问什么时候发货", "\u0E3F\u0E47\u0E48\u0E49\u0E4A"};

    private FuzzText() {
    }

    /** A text of the named kind; {@code link} is a real link to one of {@code knownIds}. */
    static String of(String kind, Random r, List<String> knownIds) {
        return switch (kind) {
            case "huge" -> huge(r, knownIds);
            case "binary" -> binary(r, 1 + r.nextInt(400));
            case "emoji-rtl" -> mix(r, EMOJI, RTL, 1 + r.nextInt(30));
            case "thai-chinese" -> pick(r, THAI_CHINESE) + (r.nextBoolean() ? " " + pick(r, EMOJI) : "");
            case "sql" -> pick(r, SQL) + (r.nextBoolean() ? " " + pick(r, COMMANDS) : "");
            case "markup" -> pick(r, MARKUP) + (r.nextInt(3) == 0 ? " " + link(r, knownIds) : "");
            case "bad-url" -> pick(r, BAD_URL);
            case "near-miss-link" -> pick(r, NEAR_MISS);
            case "command-garbage" -> pick(r, COMMANDS) + (r.nextInt(4) == 0 ? " " + pick(r, SQL) : "")
                    + (r.nextInt(6) == 0 ? binary(r, 20) : "");
            default -> link(r, knownIds);
        };
    }

    static String link(Random r, List<String> knownIds) {
        String id = knownIds.get(r.nextInt(knownIds.size()));
        return id.startsWith("7") ? "https://detail.1688.com/offer/" + id + ".html"
                : "https://item.taobao.com/item.htm?id=" + id;
    }

    /** 64 KB to 256 KB: chat, links and garbage, with and without line breaks. */
    static String huge(Random r, List<String> knownIds) {
        int target = 64 * 1024 + r.nextInt(192 * 1024);
        StringBuilder sb = new StringBuilder(target + 1024);
        while (sb.length() < target) {
            switch (r.nextInt(6)) {
                case 0 -> sb.append(link(r, knownIds)).append(' ');
                case 1 -> sb.append(pick(r, THAI_CHINESE)).append('\n');
                case 2 -> sb.append(binary(r, 64));
                case 3 -> sb.append(pick(r, EMOJI));
                case 4 -> sb.append("a".repeat(r.nextInt(2000)));
                default -> sb.append(pick(r, MARKUP)).append(pick(r, SQL));
            }
        }
        return sb.toString();
    }

    /** Any UTF-16 unit: controls, NUL, lone surrogates, non-characters, private use. */
    static String binary(Random r, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = r.nextInt(5);
            char c = switch (kind) {
                case 0 -> (char) r.nextInt(0x20);
                case 1 -> (char) (0xD800 + r.nextInt(0x800));
                case 2 -> r.nextBoolean() ? '\uFFFE' : '\uFFFF';
                case 3 -> (char) (0xE000 + r.nextInt(0x1900));
                default -> (char) r.nextInt(0x10000);
            };
            sb.append(c);
        }
        return sb.toString();
    }

    /** Random bytes, sometimes behind a PNG or JPEG signature. */
    static byte[] photo(Random r) {
        int size = r.nextInt(8) == 0 ? r.nextInt(2 * 1024 * 1024) : r.nextInt(4096);
        byte[] bytes = new byte[size];
        r.nextBytes(bytes);
        if (size > 8 && r.nextBoolean()) {
            byte[] head = r.nextBoolean() ? new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}
                    : new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0};
            System.arraycopy(head, 0, bytes, 0, head.length);
        }
        return bytes;
    }

    /** A display name of any kind: plain, emoji, RTL override, control characters, very long. */
    static String name(Random r, String base) {
        return switch (r.nextInt(8)) {
            case 0 -> base + pick(r, EMOJI);
            case 1 -> "\u202e" + base;
            case 2 -> base + binary(r, 3);
            case 3 -> base + "x".repeat(r.nextInt(5000));
            case 4 -> "<b>" + base + "</b>";
            default -> base;
        };
    }

    static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static String mix(Random r, String[] a, String[] b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(r.nextBoolean() ? pick(r, a) : pick(r, b)).append(r.nextInt(3) == 0 ? " " : "");
        }
        return sb.toString();
    }
}
