package io.groupbuy.pandapon.wire;

/** One option of a SKU, e.g. {@code 颜色分类 = 红色}. Ids are numbers on the wire, kept as strings. */
public record TaobaoSkuProperty(String propId, String propName, String valueId, String valueName) {
}
