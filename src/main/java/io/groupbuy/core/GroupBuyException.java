package io.groupbuy.core;

/**
 * The small sealed hierarchy every failure is translated into at the boundary. Each kind is mapped in
 * one place to a chat reply in the member's language and to an HTTP status; a member never sees a
 * stack trace or a raw upstream message.
 */
public abstract sealed class GroupBuyException extends RuntimeException
        permits UserError, UpstreamUnavailable, UpstreamRejected, RateLimited, InternalFailure {

    protected GroupBuyException(String message, Throwable cause) {
        super(message, cause);
    }
}
