package io.groupbuy.pandapon.wire;

/**
 * Body of the 1688 keyword query (G2). {@code priceStart}/{@code priceEnd} are yuan strings;
 * {@code sort} is a JSON-encoded string such as {@code {"price":"desc"}}.
 */
public record AlibabaKeywordQuery(
        String keyword,
        Integer beginPage,
        Integer pageSize,
        String country,
        String filter,
        String sort,
        String outMemberId,
        String priceStart,
        String priceEnd,
        String categoryId) {
    public static AlibabaKeywordQuery of(String keyword, int beginPage, int pageSize) {
        return new AlibabaKeywordQuery(keyword, beginPage, pageSize, "en", null, null, null, null, null, null);
    }
}
