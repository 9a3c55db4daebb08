package io.groupbuy.core.port;

/** Paid from the balance, or not payable here: then {@code payUrl} (when upstream gives one) lets an admin pay. */
public record PaymentResult(boolean paid, String payUrl) {
}
