package io.groupbuy.pandapon.wire;

/** Body of the Taobao keyword search (T3, documented). {@code pageSize} 1..40. */
public record TaobaoSearchRequest(String keyword, Integer pageNo, Integer pageSize, String sort) {
    public static TaobaoSearchRequest of(String keyword, int pageNo, int pageSize) {
        return new TaobaoSearchRequest(keyword, pageNo, pageSize, null);
    }
}
