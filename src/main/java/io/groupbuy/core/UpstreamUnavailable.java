package io.groupbuy.core;

/** PandaPon (or a platform) did not answer in time or answered with a server error; worth retrying later. */
public final class UpstreamUnavailable extends GroupBuyException {
    public UpstreamUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
