package io.groupbuy.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.Marketplace;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The resolver against a local server playing m.tb.cn, s.click.taobao.com, qr.1688.com …: the injected
 * client's interceptor sends every host to 127.0.0.1 and says which host was meant.
 */
class HttpShortLinkResolverTest {

    private static final String ITEM = "https://item.taobao.com/item.htm?id=672991141190";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, MockResponse> routes = new ConcurrentHashMap<>();
    private final AtomicLong nanos = new AtomicLong();
    private OkHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String key = request.getHeaders().get("X-Test-Host") + request.getTarget();
                return routes.getOrDefault(key, new MockResponse.Builder().code(404).body("not found").build());
            }
        });
        server.start(0);
        client = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    Request request = chain.request();
                    HttpUrl local = request.url().newBuilder()
                            .scheme("http").host(server.getHostName()).port(server.getPort()).build();
                    return chain.proceed(request.newBuilder().url(local)
                            .header("X-Test-Host", request.url().host()).build());
                })
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
        client.connectionPool().evictAll();
    }

    private HttpShortLinkResolver resolver() {
        return resolver(ShortLinkResolverConfig.defaults());
    }

    private HttpShortLinkResolver resolver(ShortLinkResolverConfig config) {
        return new HttpShortLinkResolver(client, config, nanos::get);
    }

    private void route(String hostAndTarget, MockResponse response) {
        routes.put(hostAndTarget, response);
    }

    private static MockResponse redirect(String location) {
        return new MockResponse.Builder().code(302).addHeader("Location", location).build();
    }

    private static MockResponse page(String html) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=utf-8")
                .body(html).build();
    }

    @Test
    void followsARedirectToTheItemPageWithoutRequestingIt() {
        route("m.tb.cn/h.5Xyz", redirect(ITEM + "&ut_sk=1.abc"));

        assertThat(resolver().resolve("https://m.tb.cn/h.5Xyz")).contains(ITEM + "&ut_sk=1.abc");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void followsAChainOfRedirectsAndALandingPageScript() {
        route("m.tb.cn/h.chain", redirect("https://s.click.taobao.com/t?e=abc"));
        route("s.click.taobao.com/t?e=abc", redirect("/t_js?tu=x"));
        route("s.click.taobao.com/t_js?tu=x", redirect("https://uland.taobao.com/coupon/edetail?e=zz"));
        route("uland.taobao.com/coupon/edetail?e=zz", page("""
                <html><head><script src="//g.alicdn.com/mtb/lib-mtop.js"></script>
                <script>
                  var url = 'https://a.m.taobao.com/i672991141190.htm?price=1&amp;sourceType=item';
                  setTimeout(function () { location.href = url; }, 10);
                </script></head><body></body></html>"""));

        assertThat(resolver().resolve("https://m.tb.cn/h.chain"))
                .contains("https://a.m.taobao.com/i672991141190.htm?price=1&sourceType=item");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void readsEscapedScriptRedirects() {
        route("m.tb.cn/h.js", page("<script>window.location.href = \"https:\\/\\/detail.tmall.com\\/item.htm?"
                + "spm=a\\u0026id=672991141190\";</script>"));

        assertThat(resolver().resolve("https://m.tb.cn/h.js"))
                .contains("https://detail.tmall.com/item.htm?spm=a&id=672991141190");
    }

    @Test
    void readsAMetaRefresh() {
        route("qr.1688.com/s/AbCd", page("<html><head><meta http-equiv=\"refresh\" "
                + "content=\"0; url='https://detail.1688.com/offer/706627393257.html?spm=x'\"></head></html>"));

        assertThat(resolver().resolve("https://qr.1688.com/s/AbCd"))
                .contains("https://detail.1688.com/offer/706627393257.html?spm=x");
    }

    @Test
    void takesALinkToAnItemPageFromThePage() {
        route("m.tb.cn/h.a", page("<html><body><p>打开淘宝</p><a class=\"btn\" href=\"https://h5.m.taobao.com/"
                + "awp/core/detail.htm?id=672991141190\">继续访问</a></body></html>"));

        assertThat(resolver().resolve("https://m.tb.cn/h.a"))
                .contains("https://h5.m.taobao.com/awp/core/detail.htm?id=672991141190");
    }

    @Test
    void followsAScriptRedirectToAnotherShortLinkHost() {
        route("e.tb.cn/h.x", page("<script>var trackUrl = 'https://log.mmstat.com/x.gif';"
                + "location.replace('https://s.click.taobao.com/t?e=1');</script>"));
        route("s.click.taobao.com/t?e=1", redirect(ITEM));

        assertThat(resolver().resolve("https://e.tb.cn/h.x")).contains(ITEM);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void takesAnAppLinkThatNamesTheItemWithoutFollowingIt() {
        route("m.tb.cn/h.app", redirect("taobao://item.taobao.com/item.htm?id=672991141190"));

        assertThat(resolver().resolve("https://m.tb.cn/h.app"))
                .contains("taobao://item.taobao.com/item.htm?id=672991141190");
    }

    @Test
    void neverRequestsAHostThatIsNotAMarketplace() {
        route("m.tb.cn/h.evil", redirect("https://evil.example/steal?u=item.taobao.com"));
        route("m.tb.cn/h.evilpage", page("<script>var url = 'http://169.254.169.254/latest/meta-data';</script>"));
        route("m.tb.cn/h.lookalike", redirect("https://item.taobao.com.evil.example/item.htm?id=672991141190"));

        HttpShortLinkResolver resolver = resolver();
        assertThat(resolver.resolve("https://m.tb.cn/h.evil")).isEmpty();
        assertThat(resolver.resolve("https://m.tb.cn/h.evilpage")).isEmpty();
        assertThat(resolver.resolve("https://m.tb.cn/h.lookalike")).isEmpty();
        assertThat(resolver.resolve("https://evil.example/h.5Xyz")).isEmpty();
        assertThat(resolver.resolve("file:///etc/passwd")).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void refusesRedirectsToOtherSchemes() {
        route("m.tb.cn/h.file", redirect("file:///etc/passwd"));
        route("m.tb.cn/h.js", redirect("javascript:alert(1)"));
        route("m.tb.cn/h.none", new MockResponse.Builder().code(302).build());

        assertThat(resolver().resolve("https://m.tb.cn/h.file")).isEmpty();
        assertThat(resolver().resolve("https://m.tb.cn/h.js")).isEmpty();
        assertThat(resolver().resolve("https://m.tb.cn/h.none")).isEmpty();
    }

    @Test
    void stopsARedirectLoopAfterMaxHops() {
        route("m.tb.cn/h.a", redirect("https://m.tb.cn/h.b"));
        route("m.tb.cn/h.b", redirect("/h.a"));

        assertThat(resolver().resolve("https://m.tb.cn/h.a")).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(ShortLinkResolverConfig.defaults().maxHops());
    }

    @Test
    void readsNoMoreThanTheByteCap() {
        ShortLinkResolverConfig small = new ShortLinkResolverConfig(Duration.ofSeconds(5), 4096, 5, 100,
                Duration.ofHours(1), Duration.ofMinutes(1));
        String padding = "<!-- " + "x".repeat(8000) + " -->";
        String script = "<script>var url = '" + ITEM + "';</script>";
        route("m.tb.cn/h.late", page(padding + script));
        route("m.tb.cn/h.early", page(script + padding.repeat(100)));

        assertThat(resolver(small).resolve("https://m.tb.cn/h.late")).isEmpty();
        assertThat(resolver(small).resolve("https://m.tb.cn/h.early")).contains(ITEM);
    }

    @Test
    void errorsResolveToNothing() {
        route("m.tb.cn/h.gone", new MockResponse.Builder().code(404).body("<a href='" + ITEM + "'>x</a>").build());
        route("m.tb.cn/h.down", new MockResponse.Builder().code(503).build());
        route("m.tb.cn/h.empty", page("<html>该链接已失效</html>"));

        assertThat(resolver().resolve("https://m.tb.cn/h.gone")).isEmpty();
        assertThat(resolver().resolve("https://m.tb.cn/h.down")).isEmpty();
        assertThat(resolver().resolve("https://m.tb.cn/h.empty")).isEmpty();
        assertThat(resolver().resolve(null)).isEmpty();
        assertThat(resolver().resolve("  ")).isEmpty();
    }

    @Test
    void cachesAnswersAndFailuresFailuresOnlyBriefly() {
        route("m.tb.cn/h.ok", redirect(ITEM));
        HttpShortLinkResolver resolver = resolver();

        assertThat(resolver.resolve("https://m.tb.cn/h.ok")).contains(ITEM);
        assertThat(resolver.resolve("m.tb.cn/h.ok")).contains(ITEM);
        assertThat(resolver.resolve("https://m.tb.cn/h.missing")).isEmpty();
        assertThat(resolver.resolve("https://m.tb.cn/h.missing")).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);

        nanos.addAndGet(ShortLinkResolverConfig.defaults().negativeCacheTtl().plusSeconds(1).toNanos());
        route("m.tb.cn/h.missing", redirect(ITEM));
        assertThat(resolver.resolve("https://m.tb.cn/h.ok")).contains(ITEM);
        assertThat(resolver.resolve("https://m.tb.cn/h.missing")).contains(ITEM);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void givesUpAtTheDeadline() {
        route("m.tb.cn/h.slow", new MockResponse.Builder().code(302).addHeader("Location", ITEM)
                .headersDelay(20, TimeUnit.SECONDS).build());
        ShortLinkResolverConfig quick = new ShortLinkResolverConfig(Duration.ofMillis(300), 4096, 5, 100,
                Duration.ofHours(1), Duration.ofMinutes(1));

        long start = System.nanoTime();
        Optional<String> resolved = resolver(quick).resolve("https://m.tb.cn/h.slow");

        assertThat(resolved).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void productLinksResolveShareTextsThroughIt() {
        route("m.tb.cn/h.5Xyz", page("<script>var url = 'https://a.m.taobao.com/i672991141190.htm';</script>"));
        route("qr.1688.com/s/AbCd", redirect("https://detail.1688.com/offer/706627393257.html"));

        List<FoundLink> found = new ProductLinks(resolver()).find("【淘宝】https://m.tb.cn/h.5Xyz?tk=abc CZ0001 "
                + "「连衣裙」 และ 【1688】https://qr.1688.com/s/AbCd 还有 https://m.tb.cn/h.dead");

        assertThat(found).containsExactly(new ProductLink(Marketplace.TAOBAO, "672991141190"),
                new ProductLink(Marketplace.ALIBABA_1688, "706627393257"),
                new ShortLink(Marketplace.TAOBAO, "https://m.tb.cn/h.dead"));
        RecordedRequest first = takeRequest();
        assertThat(first.getHeaders().get("User-Agent")).as("landing pages answer phones").contains("iPhone");
    }

    private RecordedRequest takeRequest() {
        try {
            RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
            assertThat(request).isNotNull();
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
