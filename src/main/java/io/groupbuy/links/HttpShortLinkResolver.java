package io.groupbuy.links;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves short links over HTTP: follows redirects by hand (so every hop is checked), reads landing pages
 * that redirect with a script or a meta refresh, and stops at the first URL that names a product.
 * It only ever requests marketplace and short-link hosts, whatever a page or a {@code Location} says, and
 * bounds each link by one deadline, a hop count and a byte cap. Results are cached, failures briefly.
 * Tests inject an {@link OkHttpClient} whose interceptor sends those hosts to a local server.
 */
public final class HttpShortLinkResolver implements ShortLinkResolver {

    private static final Logger log = LoggerFactory.getLogger(HttpShortLinkResolver.class);
    /** The landing pages serve their script redirect to phones; a desktop agent may get a login wall. */
    static final String USER_AGENT = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    private final OkHttpClient client;
    private final ShortLinkResolverConfig config;
    private final Cache<String, Optional<String>> cache;

    public HttpShortLinkResolver(OkHttpClient client, ShortLinkResolverConfig config) {
        this(client, config, Ticker.systemTicker());
    }

    HttpShortLinkResolver(OkHttpClient client, ShortLinkResolverConfig config, Ticker ticker) {
        this.config = Objects.requireNonNull(config, "config");
        this.client = client.newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(config.timeout())
                .readTimeout(config.timeout())
                .build();
        this.cache = Caffeine.newBuilder()
                .maximumSize(config.cacheSize())
                .ticker(ticker)
                .expireAfter(Expiry.writing((String key, Optional<String> value) ->
                        value.isPresent() ? config.cacheTtl() : config.negativeCacheTtl()))
                .build();
    }

    @Override
    public Optional<String> resolve(String shortUrl) {
        HttpUrl start = startUrl(shortUrl);
        if (start == null || !isFetchable(start)) {
            return Optional.empty();
        }
        String key = start.toString();
        Optional<String> cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        // Not cache.get(key, loader): that would hold a map lock for the length of a network call.
        Optional<String> resolved = follow(start);
        cache.put(key, resolved);
        return resolved;
    }

    private Optional<String> follow(HttpUrl start) {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        HttpUrl current = start;
        try {
            for (int hop = 0; hop < config.maxHops() && current != null; hop++) {
                long remaining = deadline - System.nanoTime();
                if (!isFetchable(current) || remaining <= 0) {
                    return Optional.empty();
                }
                Call call = client.newCall(new Request.Builder().url(current)
                        .header("User-Agent", USER_AGENT)
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .build());
                call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
                try (Response response = call.execute()) {
                    Step step = response.isRedirect() ? afterRedirect(current, response.header("Location"))
                            : response.isSuccessful() ? afterPage(current, readCapped(response))
                            : Step.FAILED;
                    if (step.answer != null) {
                        return Optional.of(step.answer);
                    }
                    current = step.next;
                }
            }
        } catch (IOException | RuntimeException e) {
            log.debug("could not resolve {}: {}", start, e.toString());
        }
        return Optional.empty();
    }

    /** Either the answer, or the next URL to request, or neither (give up). */
    private record Step(String answer, HttpUrl next) {
        static final Step FAILED = new Step(null, null);
    }

    private static Step afterRedirect(HttpUrl current, String location) {
        if (location == null) {
            return Step.FAILED;
        }
        return step(current, location.trim(), true);
    }

    private static Step afterPage(HttpUrl current, String html) {
        HttpUrl redirect = null;
        for (HtmlRedirectTargets.Target target : HtmlRedirectTargets.find(html)) {
            Step step = step(current, target.url(), target.redirect());
            if (step.answer != null) {
                return step;
            }
            if (redirect == null && step.next != null && isFetchable(step.next)) {
                redirect = step.next; // a script sending the browser to an ad or tracker host is skipped
            }
        }
        return new Step(null, redirect);
    }

    /**
     * A URL that names a product is the answer (an app link like {@code taobao://item.taobao.com/…?id=}
     * included: it is only read, never requested); otherwise, if the page or header sends the browser
     * there, it is the next request.
     */
    private static Step step(HttpUrl current, String target, boolean follow) {
        HttpUrl url = current.resolve(target);
        if (url != null && namesProduct(url.toString())) {
            return new Step(url.toString(), null);
        }
        if (namesProduct(target)) {
            return new Step(target, null);
        }
        return follow && url != null ? new Step(null, url) : Step.FAILED;
    }

    private String readCapped(Response response) throws IOException {
        BufferedSource source = response.body().source();
        source.request(config.maxBodyBytes());
        long n = Math.min(source.getBuffer().size(), config.maxBodyBytes());
        // Latin-1 maps each byte to one char: URLs are ASCII, and no charset guess can fail.
        return source.getBuffer().readString(n, StandardCharsets.ISO_8859_1);
    }

    /** A product or a marketplace we do not serve: either way there is nothing more to follow. */
    private static boolean namesProduct(String url) {
        FoundLink link = LinkScanner.first(url, 0);
        return link instanceof ProductLink || link instanceof UnsupportedLink;
    }

    private static boolean isFetchable(HttpUrl url) {
        return (url.scheme().equals("http") || url.scheme().equals("https")) && Hosts.isFollowable(url.host());
    }

    private static HttpUrl startUrl(String shortUrl) {
        if (shortUrl == null || shortUrl.isBlank() || shortUrl.length() > UrlParts.MAX_LENGTH) {
            return null;
        }
        String s = shortUrl.trim();
        return HttpUrl.parse(s.contains("://") ? s : "https://" + s);
    }
}
