package io.groupbuy.links;

/** Something a message points at: a product, a short link still to resolve, or a marketplace we do not serve. */
public sealed interface FoundLink permits ProductLink, ShortLink, UnsupportedLink {}
