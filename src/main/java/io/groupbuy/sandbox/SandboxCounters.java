package io.groupbuy.sandbox;

import io.groupbuy.pandapon.PandaPonEndpoint;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** HTTP calls per endpoint, counted before faults and authentication. */
final class SandboxCounters {
    static final Set<PandaPonEndpoint> CREATING = EnumSet.of(PandaPonEndpoint.TAOBAO_ORDER_CREATE,
            PandaPonEndpoint.TAOBAO_CART_CREATE_ORDER, PandaPonEndpoint.ALIBABA_ORDER_CREATE,
            PandaPonEndpoint.ALIBABA_CART_CREATE_ORDER);

    private final Map<PandaPonEndpoint, AtomicLong> calls = new ConcurrentHashMap<>();

    void count(PandaPonEndpoint endpoint) {
        calls.computeIfAbsent(endpoint, e -> new AtomicLong()).incrementAndGet();
    }

    Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        calls.forEach((e, n) -> copy.put(e.name(), n.get()));
        return copy;
    }

    long createCalls() {
        return CREATING.stream().mapToLong(e -> calls.getOrDefault(e, new AtomicLong()).get()).sum();
    }

    void reset() {
        calls.clear();
    }
}
