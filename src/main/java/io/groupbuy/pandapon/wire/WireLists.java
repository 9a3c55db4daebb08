package io.groupbuy.pandapon.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Null-tolerant list copies for the wire records: an absent JSON array reads as an empty list. */
final class WireLists {
    private WireLists() {
    }

    static <T> List<T> copy(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T t : list) {
            if (t != null) {
                copy.add(t);
            }
        }
        return Collections.unmodifiableList(copy);
    }
}
