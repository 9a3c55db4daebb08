package io.groupbuy.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.Marketplace;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-picked worst cases for a scanner: each must parse quickly and find only what is really there. */
class ProductLinksEdgeCasesTest {

    private static final int KB64 = 64 * 1024;
    private static final String ITEM = "https://item.taobao.com/item.htm?id=672991141190";

    static Stream<Arguments> worstCases() {
        return Stream.of(
                Arguments.of("percent-encoding loop", "https://a.example/?url=" + "%25".repeat(1300) + "32"),
                Arguments.of("percent loop, 64 KB", "%25".repeat(KB64 / 3)),
                Arguments.of("nested wrappers", "https://a.example/?url=".repeat(170)),
                Arguments.of("nested wrappers with item",
                        "https://a.example/?url=".repeat(100) + ITEM.replace("?", "%3F")),
                Arguments.of("10k-digit id", "https://item.taobao.com/item.htm?id=" + "9".repeat(10_000)),
                Arguments.of("10k-digit offer", "https://detail.1688.com/offer/" + "7".repeat(10_000) + ".html"),
                Arguments.of("one 64 KB token", "a.".repeat(KB64 / 2)),
                Arguments.of("many tiny hosts", "a.b ".repeat(KB64 / 4)),
                Arguments.of("long host labels", ("a".repeat(60) + ".").repeat(1000) + "taobao.com/?id=672991141190"),
                Arguments.of("unbalanced brackets", "[[[[((((【【「".repeat(KB64 / 13) + ITEM),
                Arguments.of("markdown soup", "[x](".repeat(KB64 / 4)),
                Arguments.of("query of ids", "https://item.taobao.com/item.htm?" + "id=x&".repeat(800)),
                Arguments.of("many url params", "https://a.example/?" + "url=https://b.example/?url=&".repeat(150)),
                Arguments.of("control chars", "\u0000\u0001\u0007\u001b\u007f".repeat(KB64 / 5) + ITEM),
                Arguments.of("lone surrogates", "\ud800\udc00\ud800".repeat(KB64 / 3) + ITEM),
                Arguments.of("many schemes", "https://".repeat(KB64 / 8)),
                Arguments.of("colons", "a:".repeat(KB64 / 2) + "item.taobao.com/item.htm?id=672991141190"),
                Arguments.of("html entities", "https://item.taobao.com/item.htm?" + "&amp;".repeat(KB64 / 5)),
                Arguments.of("chinese query values", "https://item.taobao.com/item.htm?t=" + "连衣裙=".repeat(KB64 / 4)),
                Arguments.of("many links", (ITEM + " ").repeat(KB64 / 49)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("worstCases")
    void parsesQuicklyAndSanely(String name, String text) {
        long start = System.nanoTime();
        List<FoundLink> found = ProductLinks.offline().findOffline(text);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ProductLinksPropertiesTest.TIME_BOUND);
        assertThat(found).hasSizeLessThanOrEqualTo(FoundLinkSet.MAX_LINKS)
                .allSatisfy(l -> assertThat(l).isInstanceOf(ProductLink.class));
        if (text.endsWith(ITEM) || name.equals("many links")) {
            assertThat(found).containsExactly(new ProductLink(Marketplace.TAOBAO, "672991141190"));
        }
    }
}
