package io.groupbuy.pandapon.wire;

import java.util.List;

/** The paged shape of 1688 searches (documented) that we also assume for Taobao searches and order pages. */
public record PandaPonPage<T>(long totalRecords, long totalPage, int pageSize, int currentPage, List<T> data) {
    public PandaPonPage {
        data = WireLists.copy(data);
    }
}
