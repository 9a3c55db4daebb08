package io.groupbuy.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.links.HtmlRedirectTargets.Target;
import org.junit.jupiter.api.Test;

class HtmlRedirectTargetsTest {

    @Test
    void findsScriptRedirectsAndTellsThemFromPlainLinks() {
        String html = """
                <link rel="stylesheet" href="https://g.alicdn.com/x.css">
                <script>
                  var url = 'https://a.m.taobao.com/i672991141190.htm?a=1&amp;b=2';
                  window.location.href = "https:\\/\\/m.tb.cn\\/h.next\\x26x=1";
                  location.replace( '//s.click.taobao.com/t?e=1' );
                  var img = "https://img.alicdn.com/a.jpg";
                </script>
                <meta http-equiv="refresh" content="0;URL=https://detail.1688.com/offer/706627393257.html">
                <a href="https://item.taobao.com/item.htm?id=1">x</a>""";

        assertThat(HtmlRedirectTargets.find(html)).containsExactly(
                new Target("https://g.alicdn.com/x.css", false),
                new Target("https://a.m.taobao.com/i672991141190.htm?a=1&b=2", true),
                new Target("https://m.tb.cn/h.next&x=1", true),
                new Target("//s.click.taobao.com/t?e=1", true),
                new Target("https://img.alicdn.com/a.jpg", false),
                new Target("https://detail.1688.com/offer/706627393257.html", true),
                new Target("https://item.taobao.com/item.htm?id=1", false));
    }

    @Test
    void ignoresUnclosedAndOverlongStrings() {
        assertThat(HtmlRedirectTargets.find("var url = 'https://item.taobao.com/item.htm?id=672991141190")).isEmpty();
        assertThat(HtmlRedirectTargets.find("var url = 'https://a.b/" + "x".repeat(5000) + "'")).isEmpty();
        assertThat(HtmlRedirectTargets.find("''''\"\"\"'http'\"https:")).isEmpty();
    }

    @Test
    void staysLinearOnQuoteSoup() {
        String soup = "'http\"https:".repeat(20_000) + "'";
        long start = System.nanoTime();
        HtmlRedirectTargets.find(soup);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
