package io.groupbuy.links;

import io.groupbuy.core.Marketplace;
import java.util.Objects;

/** A marketplace short link ({@code m.tb.cn}, {@code qr.1688.com} …) not resolved (yet); {@code shortUrl} is https. */
public record ShortLink(Marketplace marketplace, String shortUrl) implements FoundLink {
    public ShortLink {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(shortUrl, "shortUrl");
    }
}
