package io.groupbuy.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPartsTest {

    @Test
    void cutsAUrlIntoItsParts() {
        assertThat(UrlParts.parse("HTTPS://Item.TAOBAO.com:443/item.htm?spm=a&id=1#/x?y=2"))
                .isEqualTo(new UrlParts("https", "item.taobao.com", "/item.htm", "spm=a&id=1", "/x?y=2"));
        assertThat(UrlParts.parse("m.tb.cn/h.5Xyz")).isEqualTo(new UrlParts("", "m.tb.cn", "/h.5Xyz", "", ""));
        assertThat(UrlParts.parse("detail.tmall.com.")).isEqualTo(new UrlParts("", "detail.tmall.com", "", "", ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Link:https://item.taobao.com/a       | item.taobao.com",
        "Link:item.taobao.com/a               | item.taobao.com",
        "evil.example/?u=https://item.taobao.com/a | evil.example",
        "https://evil.example#https://item.taobao.com/a | evil.example",
    })
    void takesTheHostWhereABrowserWould(String url, String host) {
        assertThat(UrlParts.parse(url).host()).isEqualTo(host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://taobao.com@evil.example/a", "https://u:p@item.taobao.com/", "https://1.2.3.4/a",
        "https://item.taobao.com:99999/", "https://item.taobao.com:x/", "https://-a.taobao.com/", "https://a..com/",
        "https://item_taobao.com/", "3.50", "e.g", "https://localhost/", ""})
    void refusesWhatIsNotAPlainPublicHostName(String url) {
        assertThat(UrlParts.parse(url)).as(url).isNull();
    }

    @Test
    void theMostSpecificDomainWins() {
        assertThat(Hosts.classify("s.click.taobao.com").role()).isEqualTo(Hosts.Role.TAOBAO_SHORT);
        assertThat(Hosts.classify("2.taobao.com").unsupportedName()).isEqualTo("Xianyu");
        assertThat(Hosts.classify("item.taobao.com").role()).isEqualTo(Hosts.Role.TAOBAO);
        assertThat(Hosts.classify("qr.1688.com").role()).isEqualTo(Hosts.Role.ALIBABA_1688_SHORT);
        assertThat(Hosts.classify("item.taobao.com.evil.example").role()).isEqualTo(Hosts.Role.OTHER);
        assertThat(Hosts.classify("mytaobao.com").role()).isEqualTo(Hosts.Role.OTHER);
        assertThat(Hosts.isFollowable("M.TB.CN")).isTrue();
        assertThat(Hosts.isFollowable("127.0.0.1")).isFalse();
    }
}
