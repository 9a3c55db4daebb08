package io.groupbuy.core.port;

import java.util.List;

/** An upstream preview: the price and stock of each line as the marketplace sees it now, and freight. */
public record Quote(List<QuotedLine> lines, long goodsFen, long freightFen) {
    public Quote {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** {@code index} is the position of the item in the request. */
    public record QuotedLine(int index, long unitFen, int available) {
    }
}
