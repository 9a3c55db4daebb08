package io.groupbuy.sandbox;

import io.groupbuy.pandapon.PandaPonEndpoint;
import java.util.Map;

/**
 * Counters for tests and the demo.
 *
 * @param createCalls        HTTP calls that reached an order-creating endpoint (faulted ones included)
 * @param ordersCreated      orders that exist
 * @param ordersPerClientKey orders per sellerOrderNumber/outOrderId: a value above 1 is a duplicate order
 * @param callsPerEndpoint   HTTP calls per {@link PandaPonEndpoint} name, retries and faulted calls included
 * @param callbacksFailed    failed delivery attempts
 * @param callbacksPending   messages not yet delivered and not given up
 * @param callbacksAbandoned messages given up after the last retry
 */
public record SandboxStats(
        long createCalls,
        long ordersCreated,
        Map<String, Long> ordersPerClientKey,
        Map<String, Long> callsPerEndpoint,
        long callbacksSent,
        long callbacksFailed,
        long callbacksPending,
        long callbacksAbandoned) {

    public SandboxStats {
        ordersPerClientKey = Map.copyOf(ordersPerClientKey);
        callsPerEndpoint = Map.copyOf(callsPerEndpoint);
    }

    public long calls(PandaPonEndpoint endpoint) {
        return callsPerEndpoint.getOrDefault(endpoint.name(), 0L);
    }
}
