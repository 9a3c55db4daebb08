package io.groupbuy.conversation;

import java.time.Instant;

/**
 * How a channel is doing, for /healthz: {@code lastSuccess} is the last completed poll or accepted
 * webhook (null if none yet); {@code healthy} false means the channel needs attention.
 */
public record ChannelStatus(String channel, boolean healthy, String mode, Instant lastSuccess, String detail) {
}
