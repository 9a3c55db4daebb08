package io.groupbuy.sandbox;

/**
 * A callback message and where its delivery stands.
 *
 * @param state {@code delivered}, {@code retrying: <why>} or {@code abandoned: <why>}
 * @param body  the exact bytes sent (as text), identical on every attempt
 */
public record SandboxCallbackDelivery(String messageId, String messageType, String url, int attempts, String state,
                                      String body) {
}
