package io.groupbuy.app.config;

import io.groupbuy.core.UserId;
import io.groupbuy.core.cart.CartLimits;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The validated configuration of one bot process. Prints no secret. */
public record BotConfig(Optional<TelegramConfig> telegram, Optional<LineConfig> line, PandaPonConfig pandapon,
                        String dbUrl, String httpHost, int httpPort, Optional<URI> publicUrl, String currency,
                        long cnyRateMicros, Map<String, Long> ratesMicros, Set<UserId> admins, CartLimits cartLimits,
                        String logLevel, String source) {

    /** No PandaPon credentials: the embedded simulator stands in for PandaPon, and the playground is on. */
    public boolean sandboxMode() {
        return pandapon.credentials().isEmpty();
    }

    /** Every rate members can pick, the display currency's included. */
    public Map<String, Long> allRatesMicros() {
        java.util.Map<String, Long> all = new java.util.TreeMap<>(ratesMicros);
        all.put(currency, cnyRateMicros);
        return Map.copyOf(all);
    }
}
