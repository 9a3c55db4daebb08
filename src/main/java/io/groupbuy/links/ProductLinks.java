package io.groupbuy.links;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The products a chat message points at, in order of appearance, each once, at most 20: links of every
 * form members paste (desktop, mobile, H5, share texts, agent links) plus links of marketplaces we do not
 * serve, reported as {@link UnsupportedLink} so the bot can say so. Never throws, runs in linear time.
 */
public final class ProductLinks {

    private static final Logger log = LoggerFactory.getLogger(ProductLinks.class);
    /**
     * Short links resolved per message; the rest stay {@link ShortLink}s. Each resolution may take the
     * resolver's whole timeout, and a message of twenty short links must not hold its chat for a minute.
     */
    public static final int MAX_RESOLVED_PER_MESSAGE = 5;

    private final ShortLinkResolver resolver;

    public ProductLinks(ShortLinkResolver resolver) {
        this.resolver = java.util.Objects.requireNonNull(resolver, "resolver");
    }

    /** Parsing only: short links stay {@link ShortLink}s. */
    public static ProductLinks offline() {
        return new ProductLinks(ShortLinkResolver.none());
    }

    /** Pure parsing, no I/O, never blocks. */
    public List<FoundLink> findOffline(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        FoundLinkSet found = new FoundLinkSet();
        try {
            LinkScanner.scan(text, 0, found::add);
        } catch (RuntimeException e) {
            // A parser bug must not cost the member their message: keep what was found so far.
            log.warn("link parsing failed on a message of {} chars", text.length(), e);
        }
        return found.toList();
    }

    /**
     * Like {@link #findOffline}, then each short link goes through the resolver (this may block on the
     * network); a short link that cannot be resolved stays a {@link ShortLink}, and so do those beyond
     * the first {@link #MAX_RESOLVED_PER_MESSAGE}.
     */
    public List<FoundLink> find(String text) {
        List<FoundLink> offline = findOffline(text);
        if (offline.stream().noneMatch(ShortLink.class::isInstance)) {
            return offline;
        }
        FoundLinkSet found = new FoundLinkSet();
        int resolutions = 0;
        for (FoundLink link : offline) {
            if (link instanceof ShortLink s && resolutions < MAX_RESOLVED_PER_MESSAGE) {
                resolutions++;
                found.add(resolved(s));
            } else {
                found.add(link);
            }
        }
        return found.toList();
    }

    private FoundLink resolved(ShortLink link) {
        Optional<String> target;
        try {
            target = resolver.resolve(link.shortUrl());
        } catch (RuntimeException e) {
            log.warn("short link resolver failed on {}", link.shortUrl(), e);
            return link;
        }
        if (target == null || target.isEmpty()) {
            return link;
        }
        FoundLink[] product = new FoundLink[1];
        try {
            LinkScanner.scan(target.get(), 0, found -> {
                if (found instanceof ShortLink) {
                    return true;
                }
                product[0] = found;
                return false;
            });
        } catch (RuntimeException e) {
            log.warn("link parsing failed on the target of {}", link.shortUrl(), e);
        }
        return product[0] != null ? product[0] : link;
    }
}
