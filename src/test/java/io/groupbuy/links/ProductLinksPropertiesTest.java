package io.groupbuy.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/**
 * Whatever a member (or an attacker) sends, the parser returns quickly, never throws, and only ever
 * reports sane ids on the marketplaces' own hosts.
 */
class ProductLinksPropertiesTest {

    static final int MAX_TEXT = 64 * 1024;
    /** Generous: a 64 KB message parses in about a millisecond; this machine is shared and slow. */
    static final Duration TIME_BOUND = Duration.ofSeconds(2);

    private final ProductLinks links = ProductLinks.offline();

    @Property(tries = 60)
    void anyUnicodeTextUpTo64KbIsSafe(@ForAll("anyText") String text) {
        assertSane(text);
    }

    @Property(tries = 200)
    void urlShapedTextIsSafe(@ForAll("urlishText") String text) {
        assertSane(text);
    }

    @Property(tries = 200)
    void adversarialFragmentSoupIsSafe(@ForAll("adversarial") String text) {
        assertSane(text);
    }

    @Property(tries = 300)
    void lookAlikeHostsNeverYieldAMarketplaceLink(@ForAll("lookAlikes") String text) {
        List<FoundLink> found = assertSane(text);
        assertThat(found).noneMatch(l -> l instanceof ProductLink || l instanceof ShortLink);
    }

    @Property(tries = 200)
    void digitRunsAreIdsOnlyWithinBounds(@ForAll("digitRuns") String digits) {
        List<FoundLink> found = assertSane("https://item.taobao.com/item.htm?id=" + digits);
        boolean sane = digits.length() >= ItemIds.MIN_DIGITS && digits.length() <= ItemIds.MAX_DIGITS
                && digits.charAt(0) != '0';
        assertThat(found).hasSize(sane ? 1 : 0);
    }

    private List<FoundLink> assertSane(String text) {
        long start = System.nanoTime();
        List<FoundLink> found = links.findOffline(text);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(TIME_BOUND);
        assertThat(found).hasSizeLessThanOrEqualTo(FoundLinkSet.MAX_LINKS).doesNotContainNull();
        assertThat(found).doesNotHaveDuplicates();
        for (FoundLink link : found) {
            if (link instanceof ProductLink p) {
                assertThat(p.itemId()).matches("[1-9][0-9]{5,17}");
            } else if (link instanceof ShortLink s) {
                assertThat(s.shortUrl()).startsWith("https://").hasSizeLessThanOrEqualTo(UrlParts.MAX_LENGTH + 8);
            } else if (link instanceof UnsupportedLink u) {
                assertThat(u.url()).startsWith("http").hasSizeLessThanOrEqualTo(UrlParts.MAX_LENGTH + 8);
            }
        }
        return found;
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(MAX_TEXT)
                .withLengthDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<String> urlishText() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars("\n\t\u0000\u007f，：）（「」【】ครับ连衣裙￥")
                .ofMaxLength(MAX_TEXT)
                .withLengthDistribution(RandomDistribution.uniform());
    }

    /** Pieces of real links glued at random: brackets left open, encodings nested, numbers far too long. */
    @Provide
    Arbitrary<String> adversarial() {
        Arbitrary<String> fixed = Arbitraries.of(
                "https://", "http://", "//", "item.taobao.com", "detail.1688.com", "m.tb.cn", "/h.", "qr.1688.com",
                "taobao.com@", "evil.example", ".evil.example", "/item.htm?id=", "/offer/", ".html", "?", "&", "=",
                "#", "#/detail?id=", "672991141190", "706627393257", "%", "%2", "%25", "%2525", "%3A%2F%2F",
                "https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D672991141190", "url=", "?url=", "&url=",
                "shop_type=taobao&id=", "shop_type=ali_1688&id=", "[", "](", ")", "(", "【", "】", "「", "」", "，",
                "：", "）", " ", "\n", "\u0000", "\u0007", "\u202e", "\ud800", "\udc00", "🔥", "ครับ", "连衣裙",
                ".", "..", "-", ":", ":443", "&amp;", "\\x26", "'", "\"", "i", ".htm", "a.m.taobao.com/i",
                "https://www.superbuy.com/en/page/buy?url=");
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10_000);
        Arbitrary<String> repeated = Combinators.combine(
                        Arbitraries.of("%25", "[", "(", "【", "url=", "https://a.example/?url=", "9", ".", "a.", "@"),
                        Arbitraries.integers().between(1, 20_000))
                .as((piece, times) -> piece.repeat(times));
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, fixed), net.jqwik.api.Tuple.of(2, digits), net.jqwik.api.Tuple.of(1, repeated));
        return piece.list().ofMaxSize(3000)
                .map(parts -> {
                    String s = String.join("", parts);
                    return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
                });
    }

    /** Hosts that merely mention a marketplace: suffixes, user-info, paths, queries, typos. */
    @Provide
    Arbitrary<String> lookAlikes() {
        Arbitrary<String> marketplace = Arbitraries.of("item.taobao.com", "detail.tmall.com", "taobao.com",
                "detail.1688.com", "m.tb.cn", "qr.1688.com", "s.click.taobao.com", "tmall.hk", "1688.com");
        Arbitrary<String> evil = Arbitraries.of("evil.example", "evil.com", "example.org", "phish.co", "x.io");
        Arbitrary<String> path = Arbitraries.of("/item.htm?id=672991141190", "/offer/706627393257.html",
                "/h.5Xyz", "/i672991141190.htm", "/?id=672991141190&offerId=706627393257");
        Arbitrary<String> scheme = Arbitraries.of("", "https://", "http://", "//", "HTTPS://");
        return Combinators.combine(scheme, marketplace, evil, path, Arbitraries.integers().between(0, 9))
                .as((s, m, e, p, shape) -> switch (shape) {
                    case 0 -> s + m + "." + e + p;
                    case 1 -> s + m + "@" + e + p;
                    case 2 -> s + "user:pass@" + m + p;
                    case 3 -> s + e + "/?u=" + m + p;
                    case 4 -> s + e + "/" + m + p;
                    case 5 -> s + "my" + registrable(m) + p;
                    case 6 -> s + m.replace('.', '-') + p;
                    case 7 -> s + m + "m" + p;
                    case 8 -> s + e + "/?u=" + s + m + p;
                    // Typo-squats and a Cyrillic o: other domains however alike they look.
                    default -> s + m.replace("o", "\u043e").replace("1688", "l688").replace("tb.cn", "tb.cm")
                            .replace("tmall.hk", "tmall.hq") + p;
                });
    }

    /** "item.taobao.com" -> "taobao.com": prefixing that makes another domain ("mytaobao.com"). */
    private static String registrable(String host) {
        int last = host.lastIndexOf('.');
        return host.substring(host.lastIndexOf('.', last - 1) + 1);
    }

    @Provide
    Arbitrary<String> digitRuns() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10_000)
                .withLengthDistribution(RandomDistribution.biased());
    }
}
