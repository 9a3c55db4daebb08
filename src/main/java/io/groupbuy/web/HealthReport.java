package io.groupbuy.web;

import io.groupbuy.conversation.ChannelStatus;
import java.time.Instant;
import java.util.List;

/**
 * What /healthz shows. Ready means the bot can take and answer events: started, database answering,
 * every channel healthy. PandaPon being unreachable makes the bot degraded, not unready: restarting
 * it would not bring PandaPon back, and members still get a clear answer.
 */
public record HealthReport(boolean started, String mode, boolean databaseOk, String databaseDetail,
                           List<ChannelStatus> channels, Upstream pandapon, Instant checkedAt) {

    /** The purchasing agent as last seen. */
    public record Upstream(boolean reachable, Instant lastSuccess, Instant lastFailure, String detail) {
    }

    public HealthReport {
        channels = List.copyOf(channels);
    }

    public boolean ready() {
        return started && databaseOk && channels.stream().allMatch(ChannelStatus::healthy);
    }

    public String status() {
        if (!ready()) {
            return started ? "unhealthy" : "starting";
        }
        return pandapon != null && !pandapon.reachable() ? "degraded" : "ok";
    }
}
