package io.groupbuy.pandapon.wire;

import java.util.List;

/** Overseas freight options for one SKU [inferred: the response was not retrievable]. Freight in fen. */
public record FreightEstimate(String currency, List<Quote> quotes) {
    public FreightEstimate {
        quotes = WireLists.copy(quotes);
    }

    public record Quote(String serviceId, String companyName, String serviceCategory, long freight,
                        Integer minDays, Integer maxDays) {
    }
}
