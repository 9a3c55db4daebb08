package io.groupbuy.conversation.render;

/** How a platform measures the length of a text. */
@FunctionalInterface
public interface UnitCounter {
    /** Java chars, i.e. UTF-16 code units: what Telegram (4096) and LINE (5000) both count. */
    UnitCounter UTF16 = String::length;

    /** Unicode code points (an emoji outside the BMP counts once). */
    UnitCounter CODE_POINTS = s -> s.codePointCount(0, s.length());

    int count(String text);
}
