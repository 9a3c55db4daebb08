package io.groupbuy.pandapon.wire;

/** Body of the 1688 image search (G3): {@code imageBase64} is required. */
public record AlibabaImageQuery(
        String imageBase64,
        String imageAddress,
        String region,
        Integer beginPage,
        Integer pageSize,
        String country,
        String filter,
        String sort,
        String outMemberId,
        String priceStart,
        String priceEnd,
        String categoryId) {
    public static AlibabaImageQuery of(String imageBase64, int beginPage, int pageSize) {
        return new AlibabaImageQuery(imageBase64, null, null, beginPage, pageSize, "en",
                null, null, null, null, null, null);
    }
}
