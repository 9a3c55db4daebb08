package io.groupbuy.sandbox;

/** Where a catalog item lives. Tmall items are served through the Taobao API, like on PandaPon. */
enum CatalogPlatform {
    TAOBAO, TMALL, ALIBABA;

    boolean taobaoApi() {
        return this != ALIBABA;
    }

    /** Namespace of ids: Taobao and Tmall share one, 1688 has its own. */
    String group() {
        return taobaoApi() ? "tb" : "1688";
    }
}
