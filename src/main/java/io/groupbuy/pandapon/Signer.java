package io.groupbuy.pandapon;

import io.groupbuy.core.Secret;

/**
 * Computes the {@code signature} header. PandaPon's rule is undocumented (API.md §2.3): only the
 * inputs are known (access-key, timestamp, nonce-str, and the secret), so the strategy is chosen by
 * configuration ({@code PANDAPON_SIGNER}) and the sandbox verifies with the same one.
 */
public interface Signer {
    String sign(String accessKey, String timestamp, String nonceStr, Secret secret);
}
