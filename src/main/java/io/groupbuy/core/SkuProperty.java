package io.groupbuy.core;

/** One dimension value of a SKU, e.g. name "颜色分类" / "Colour", value "Red". */
public record SkuProperty(String name, String value) {
    public SkuProperty {
        name = name == null ? "" : name;
        value = value == null ? "" : value;
    }
}
