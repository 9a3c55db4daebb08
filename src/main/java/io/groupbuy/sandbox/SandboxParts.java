package io.groupbuy.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Supplier;

/** The sandbox's moving parts, handed to the API handlers. */
record SandboxParts(ObjectMapper mapper, SandboxOptions options, SandboxCatalog catalog, SandboxCarts carts,
                    SandboxOrders orders, ProductViews views, LineResolver resolver, Supplier<String> publicBaseUrl) {

    static <T> PageSlice<T> page(List<T> all, Integer pageNo, Integer pageSize, int maxPageSize) {
        int size = pageSize == null || pageSize <= 0 ? 20 : pageSize;
        if (size > maxPageSize) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "pageSize must be 1.." + maxPageSize + ", got " + size);
        }
        int page = pageNo == null || pageNo <= 0 ? 1 : pageNo;
        int from = Math.min(all.size(), (page - 1) * size);
        int to = Math.min(all.size(), from + size);
        long totalPages = (all.size() + size - 1) / size;
        return new PageSlice<>(all.subList(from, to), all.size(), totalPages, size, page);
    }

    record PageSlice<T>(List<T> items, long total, long totalPages, int pageSize, int page) {
    }
}
