package io.groupbuy.sandbox;

/** Answers one API endpoint; returns the envelope's {@code data}, or throws {@link SandboxError}. */
@FunctionalInterface
interface SandboxHandler {
    /** Returned by handlers whose documented envelope has no {@code data} member. */
    Object NO_DATA = new Object();

    Object handle(SandboxRequest request);
}
