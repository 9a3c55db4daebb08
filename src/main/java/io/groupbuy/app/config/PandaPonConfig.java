package io.groupbuy.app.config;

import io.groupbuy.core.Secret;
import java.net.URI;
import java.util.Optional;

/**
 * PandaPon access. Without credentials the bot runs in sandbox mode against the embedded simulator.
 */
public record PandaPonConfig(URI baseUrl, Optional<Credentials> credentials, String signer,
                             Optional<Secret> callbackToken, int sandboxPort, Receiver receiver) {

    public record Credentials(String accessKey, Secret secretKey, String userId) {
        @Override
        public String toString() {
            return "Credentials[accessKey=" + mask(accessKey) + ", secretKey=***, userId=" + userId + "]";
        }

        private static String mask(String key) {
            return key.length() <= 4 ? "***" : key.substring(0, 4) + "***";
        }
    }

    /** Where upstream orders are delivered: normally the PandaPon warehouse. */
    public record Receiver(String name, String phone, String province, String city, String district, String address,
                           String zip) {
    }
}
