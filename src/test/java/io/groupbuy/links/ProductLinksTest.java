package io.groupbuy.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.core.Marketplace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductLinksTest {

    private static final ProductLink TAOBAO_ITEM = new ProductLink(Marketplace.TAOBAO, "672991141190");
    private static final ProductLink OFFER = new ProductLink(Marketplace.ALIBABA_1688, "706627393257");

    /** A resolver answering from a map, recording what it was asked. */
    static final class ShortLinkResolverFake implements ShortLinkResolver {
        final Map<String, String> answers;
        final List<String> asked = new ArrayList<>();

        ShortLinkResolverFake(Map<String, String> answers) {
            this.answers = answers;
        }

        @Override
        public Optional<String> resolve(String shortUrl) {
            asked.add(shortUrl);
            return Optional.ofNullable(answers.get(shortUrl));
        }
    }

    @Test
    void resolvesShortLinksThroughThePortAndKeepsTheOrder() {
        var resolver = new ShortLinkResolverFake(Map.of(
                "https://m.tb.cn/h.5Xyz", "https://a.m.taobao.com/i672991141190.htm?sourceType=item",
                "https://qr.1688.com/s/AbCd", "https://detail.1688.com/offer/706627393257.html"));
        List<FoundLink> found = new ProductLinks(resolver).find(
                "【1688】https://qr.1688.com/s/AbCd 「T恤」 และ 【淘宝】https://m.tb.cn/h.5Xyz?tk=abc CZ0001 「裙」");
        assertThat(found).containsExactly(OFFER, TAOBAO_ITEM);
        assertThat(resolver.asked).containsExactly("https://qr.1688.com/s/AbCd", "https://m.tb.cn/h.5Xyz");
    }

    @Test
    void aShortLinkThatResolvesToAnItemAlreadyInTheMessageCountsOnce() {
        var resolver = new ShortLinkResolverFake(Map.of("https://m.tb.cn/h.5Xyz",
                "https://item.taobao.com/item.htm?id=672991141190"));
        List<FoundLink> found = new ProductLinks(resolver).find(
                "https://item.taobao.com/item.htm?id=672991141190 https://m.tb.cn/h.5Xyz");
        assertThat(found).containsExactly(TAOBAO_ITEM);
    }

    @Test
    void unresolvableShortLinksStayShortLinks() {
        var resolver = new ShortLinkResolverFake(Map.of("https://m.tb.cn/h.other", "https://evil.example/x"));
        List<FoundLink> found = new ProductLinks(resolver).find("https://m.tb.cn/h.5Xyz https://m.tb.cn/h.other");
        assertThat(found).containsExactly(new ShortLink(Marketplace.TAOBAO, "https://m.tb.cn/h.5Xyz"),
                new ShortLink(Marketplace.TAOBAO, "https://m.tb.cn/h.other"));
    }

    @Test
    void aShortLinkLeadingToAnUnservedMarketplaceBecomesUnsupported() {
        var resolver = new ShortLinkResolverFake(Map.of("https://m.tb.cn/h.5Xyz",
                "https://h5.m.goofish.com/item?id=672991141190"));
        assertThat(new ProductLinks(resolver).find("https://m.tb.cn/h.5Xyz"))
                .containsExactly(new UnsupportedLink("Xianyu", "https://h5.m.goofish.com/item?id=672991141190"));
    }

    @Test
    void aFailingResolverNeverBreaksParsing() {
        ShortLinkResolver broken = url -> {
            throw new IllegalStateException("boom");
        };
        ShortLinkResolver nullAnswer = url -> null;
        String text = "https://m.tb.cn/h.5Xyz https://item.taobao.com/item.htm?id=672991141190";
        ShortLink shortLink = new ShortLink(Marketplace.TAOBAO, "https://m.tb.cn/h.5Xyz");
        assertThat(new ProductLinks(broken).find(text)).containsExactly(shortLink, TAOBAO_ITEM);
        assertThat(new ProductLinks(nullAnswer).find(text)).containsExactly(shortLink, TAOBAO_ITEM);
    }

    @Test
    void resolvesAFewShortLinksPerMessageOnly() {
        var resolver = new ShortLinkResolverFake(Map.of());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append("https://m.tb.cn/h.code").append(i).append(' ');
        }
        List<FoundLink> found = new ProductLinks(resolver).find(text.toString());
        assertThat(found).hasSize(12).allMatch(ShortLink.class::isInstance);
        assertThat(resolver.asked).hasSize(ProductLinks.MAX_RESOLVED_PER_MESSAGE);
    }

    @Test
    void offlineNeverAsksTheResolver() {
        var resolver = new ShortLinkResolverFake(Map.of());
        new ProductLinks(resolver).findOffline("https://m.tb.cn/h.5Xyz");
        assertThat(resolver.asked).isEmpty();
        assertThat(ProductLinks.offline().find("https://m.tb.cn/h.5Xyz"))
                .containsExactly(new ShortLink(Marketplace.TAOBAO, "https://m.tb.cn/h.5Xyz"));
    }

    @Test
    void noTextNoLinks() {
        assertThat(ProductLinks.offline().findOffline(null)).isEmpty();
        assertThat(ProductLinks.offline().find("")).isEmpty();
        assertThat(ProductLinks.offline().find("สวัสดีครับ ไปกินข้าวกันไหม")).isEmpty();
    }

    @Test
    void atMostTwentyLinksPerMessage() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            text.append("https://item.taobao.com/item.htm?id=6729911411").append(10 + i).append('\n');
        }
        List<FoundLink> found = ProductLinks.offline().findOffline(text.toString());
        assertThat(found).hasSize(FoundLinkSet.MAX_LINKS);
        assertThat(found.get(0)).isEqualTo(new ProductLink(Marketplace.TAOBAO, "672991141110"));
    }

    @Test
    void theResultIsImmutable() {
        List<FoundLink> found = ProductLinks.offline().findOffline("https://item.taobao.com/item.htm?id=672991141190");
        assertThatThrownBy(() -> found.add(OFFER)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordsRefuseWhatIsNotAnItemId() {
        assertThatThrownBy(() -> new ProductLink(Marketplace.TAOBAO, "12ab5678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductLink(Marketplace.TAOBAO, "123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductLink(null, "672991141190")).isInstanceOf(NullPointerException.class);
        assertThat(ItemIds.isValid("672991141190")).isTrue();
        assertThat(ItemIds.isValid("0672991141190")).isFalse();
        assertThat(ItemIds.isValid("1234567890123456789")).isFalse();
        assertThat(ItemIds.isValid(null)).isFalse();
    }
}
