package io.groupbuy.sandbox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A SKU colour with its Chinese and English names and the card colour of its picture. */
record Colour(String key, String zh, String en, String hex) {
    static final List<Colour> PALETTE = List.of(
            new Colour("black", "黑色", "Black", "#2b2b2b"),
            new Colour("white", "白色", "White", "#e8e6e1"),
            new Colour("red", "红色", "Red", "#c8363e"),
            new Colour("pink", "粉色", "Pink", "#e58fa8"),
            new Colour("blue", "蓝色", "Blue", "#3a6fc4"),
            new Colour("navy", "藏青色", "Navy", "#1f2f55"),
            new Colour("green", "绿色", "Green", "#3f8f4f"),
            new Colour("khaki", "卡其色", "Khaki", "#b59f6b"),
            new Colour("grey", "灰色", "Grey", "#8a8d91"),
            new Colour("beige", "米白色", "Beige", "#d8cbb0"),
            new Colour("purple", "紫色", "Purple", "#7b4fa3"),
            new Colour("yellow", "黄色", "Yellow", "#e0b53a"),
            new Colour("brown", "咖啡色", "Brown", "#6d4b33"),
            new Colour("orange", "橙色", "Orange", "#e07b39"),
            new Colour("clear", "透明", "Clear", "#a8c6cf"),
            new Colour("silver", "银色", "Silver", "#b8bcc2"));

    private static final Map<String, Colour> BY_KEY =
            PALETTE.stream().collect(Collectors.toMap(Colour::key, Function.identity()));

    static Colour byKey(String key) {
        Colour c = BY_KEY.get(key);
        if (c == null) {
            throw new IllegalArgumentException("unknown sandbox colour '" + key + "'; known: " + BY_KEY.keySet());
        }
        return c;
    }
}
