package io.groupbuy.line;

import io.groupbuy.core.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the LINE channel needs to run.
 *
 * @param previousChannelSecret accepted as well while the channel secret is being rotated
 * @param replyWindow           how long after an event its reply token is still used; LINE promises
 *                              one minute, so the default of 50 s leaves room for the call itself
 * @param maxImageBytes         photos members send are downloaded up to this size, bigger ones refused
 */
public record LineSettings(Secret channelSecret, Optional<Secret> previousChannelSecret, Secret channelToken,
                           URI apiUrl, URI dataApiUrl, Duration replyWindow, long maxImageBytes) {
    public static final URI DEFAULT_API_URL = URI.create("https://api.line.me");
    public static final URI DEFAULT_DATA_API_URL = URI.create("https://api-data.line.me");
    public static final Duration DEFAULT_REPLY_WINDOW = Duration.ofSeconds(50);
    public static final long DEFAULT_MAX_IMAGE_BYTES = 10L * 1024 * 1024;

    public LineSettings {
        Objects.requireNonNull(channelSecret, "channelSecret");
        Objects.requireNonNull(channelToken, "channelToken");
        previousChannelSecret = previousChannelSecret == null ? Optional.empty()
                : previousChannelSecret.filter(s -> !s.isBlank());
        apiUrl = apiUrl == null ? DEFAULT_API_URL : apiUrl;
        dataApiUrl = dataApiUrl == null ? DEFAULT_DATA_API_URL : dataApiUrl;
        replyWindow = replyWindow == null ? DEFAULT_REPLY_WINDOW : replyWindow;
        if (channelSecret.isBlank() || channelToken.isBlank()) {
            throw new IllegalArgumentException("LINE channel secret and token must not be blank");
        }
        if (replyWindow.isNegative() || replyWindow.compareTo(Duration.ofMinutes(20)) > 0) {
            throw new IllegalArgumentException("replyWindow must be between 0 and 20 minutes");
        }
        if (maxImageBytes <= 0) {
            throw new IllegalArgumentException("maxImageBytes must be positive");
        }
    }

    /** The defaults for everything but the credentials and the API addresses. */
    public static LineSettings of(Secret channelSecret, Optional<Secret> previousChannelSecret, Secret channelToken,
                                  URI apiUrl, URI dataApiUrl) {
        return new LineSettings(channelSecret, previousChannelSecret, channelToken, apiUrl, dataApiUrl,
                DEFAULT_REPLY_WINDOW, DEFAULT_MAX_IMAGE_BYTES);
    }

    public LineSettings withReplyWindow(Duration window) {
        return new LineSettings(channelSecret, previousChannelSecret, channelToken, apiUrl, dataApiUrl, window,
                maxImageBytes);
    }

    public LineSettings withMaxImageBytes(long bytes) {
        return new LineSettings(channelSecret, previousChannelSecret, channelToken, apiUrl, dataApiUrl, replyWindow,
                bytes);
    }
}
