package io.groupbuy.app.config;

import io.groupbuy.core.Secret;
import java.net.URI;
import java.util.Optional;

/** The LINE channel, present when both LINE_CHANNEL_SECRET and LINE_CHANNEL_TOKEN are set. */
public record LineConfig(Secret channelSecret, Secret channelToken, Optional<Secret> previousChannelSecret,
                         URI apiUrl, URI dataApiUrl) {
}
