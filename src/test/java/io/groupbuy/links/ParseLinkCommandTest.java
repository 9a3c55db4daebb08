package io.groupbuy.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParseLinkCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> onlineTexts = new ArrayList<>();

    private int run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    private int run(InputStream in, String... args) {
        ShortLinkResolver resolver = url -> Optional.ofNullable(Map.of(
                "https://m.tb.cn/h.5Xyz", "https://item.taobao.com/item.htm?id=612345678901").get(url));
        return ParseLinkCommand.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), text -> {
                    onlineTexts.add(text);
                    return new ProductLinks(resolver).find(text);
                });
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheDesignExampleExactly() {
        int code = run("--offline", "https://item.taobao.com/item.htm?id=672991141190 "
                + "https://detail.1688.com/offer/706627393257.html https://m.tb.cn/h.5Xyz");

        assertThat(code).isZero();
        assertThat(out()).isEqualTo("[{\"platform\":\"taobao\",\"itemId\":\"672991141190\"},"
                + "{\"platform\":\"1688\",\"itemId\":\"706627393257\"},"
                + "{\"platform\":\"taobao\",\"shortUrl\":\"https://m.tb.cn/h.5Xyz\"}]" + System.lineSeparator());
        assertThat(err()).isEmpty();
        assertThat(onlineTexts).isEmpty();
    }

    @Test
    void aShareTextOffline() {
        assertThat(run("--offline", "【淘宝】假一赔四 https://m.tb.cn/h.gAbCdEf?tk=Xy9Z HU7632 「韩版宽松T恤」")).isZero();
        assertThat(out().strip()).isEqualTo("[{\"platform\":\"taobao\",\"shortUrl\":\"https://m.tb.cn/h.gAbCdEf\"}]");
    }

    @Test
    void printsAnEmptyArrayWhenThereIsNothing() {
        assertThat(run("--offline", "ไม่มีลิงก์ครับ")).isZero();
        assertThat(out().strip()).isEqualTo("[]");
    }

    @Test
    void joinsSeveralArguments() {
        assertThat(run("--offline", "look:", "https://detail.tmall.com/item.htm?id=672991141190", "thanks")).isZero();
        assertThat(out().strip()).isEqualTo("[{\"platform\":\"taobao\",\"itemId\":\"672991141190\"}]");
    }

    @Test
    void resolvesShortLinksUnlessOffline() {
        assertThat(run("【淘宝】https://m.tb.cn/h.5Xyz?tk=a CZ0001 https://m.tb.cn/h.unknown")).isZero();
        assertThat(out().strip()).isEqualTo("[{\"platform\":\"taobao\",\"itemId\":\"612345678901\"},"
                + "{\"platform\":\"taobao\",\"shortUrl\":\"https://m.tb.cn/h.unknown\"}]");
        assertThat(onlineTexts).hasSize(1);
    }

    @Test
    void leavesUnsupportedMarketplacesOutAndSaysSoOnStderr() {
        assertThat(run("--offline", "https://item.jd.com/100012043978.html https://detail.1688.com/offer/706627393257.html"))
                .isZero();
        assertThat(out().strip()).isEqualTo("[{\"platform\":\"1688\",\"itemId\":\"706627393257\"}]");
        assertThat(err()).contains("JD").contains("https://item.jd.com/100012043978.html").hasLineCount(1);
    }

    @Test
    void readsStandardInputForADash() {
        InputStream in = new ByteArrayInputStream("ลิงก์ https://m.1688.com/offer/706627393257.html\nครับ"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(run(in, "--offline", "-")).isZero();
        assertThat(out().strip()).isEqualTo("[{\"platform\":\"1688\",\"itemId\":\"706627393257\"}]");
    }

    @Test
    void textAfterDoubleDashIsText() {
        assertThat(run("--offline", "--", "--offline")).isZero();
        assertThat(out().strip()).isEqualTo("[]");
    }

    @Test
    void missingTextIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--offline")).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("usage: parse-link [--offline] TEXT");
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        assertThat(run("--ofline", "https://m.tb.cn/h.5Xyz")).isEqualTo(2);
        assertThat(err()).contains("unknown option --ofline");
        assertThat(onlineTexts).isEmpty();
    }

    @Test
    void helpGoesToStdout() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("usage: parse-link");
    }

    @Test
    void theJsonIsAsciiAndEscaped() {
        String json = FoundLinksJson.products(List.of(
                new ShortLink(io.groupbuy.core.Marketplace.TAOBAO, "https://uland.taobao.com/x?t=连衣裙\"\\"),
                new UnsupportedLink("JD", "https://item.jd.com/1.html")));
        assertThat(json).isEqualTo("[{\"platform\":\"taobao\",\"shortUrl\":"
                + "\"https://uland.taobao.com/x?t=\\u8fde\\u8863\\u88d9\\\"\\\\\"}]");
    }
}
