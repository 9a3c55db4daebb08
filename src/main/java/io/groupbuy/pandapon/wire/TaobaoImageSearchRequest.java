package io.groupbuy.pandapon.wire;

/** Body of the Taobao image search (T4) [inferred, modelled on the 1688 image query]. */
public record TaobaoImageSearchRequest(String imageBase64, String imageAddress, Integer pageNo, Integer pageSize) {
}
