package io.groupbuy.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Links in order of first appearance, each once, at most {@link #MAX_LINKS}. */
final class FoundLinkSet {

    /** More products than this in one chat message is a list dump or an attack, not a purchase. */
    static final int MAX_LINKS = 20;

    private final List<FoundLink> links = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    /** Adds {@code link} unless already present; false once the set is full. */
    boolean add(FoundLink link) {
        if (isFull()) {
            return false;
        }
        if (keys.add(key(link))) {
            links.add(link);
        }
        return !isFull();
    }

    boolean isFull() {
        return links.size() >= MAX_LINKS;
    }

    List<FoundLink> toList() {
        return List.copyOf(links);
    }

    private static String key(FoundLink link) {
        if (link instanceof ProductLink p) {
            return "p " + p.marketplace().code() + " " + p.itemId();
        }
        if (link instanceof ShortLink s) {
            return "s " + s.shortUrl();
        }
        return "u " + ((UnsupportedLink) link).url();
    }
}
