package io.groupbuy.pandapon;

/** How sure we are that a path is PandaPon's real one (see ../shared/pandapon/API.md §0.1 and §5). */
public enum Evidence {
    /** The v2 page with this path was retrieved. */
    DOCUMENTED_V2,
    /** Only the v1 page was retrieved; we call the v1 path rather than guess the v2 one. */
    DOCUMENTED_V1,
    /** No page with this path was retrieved; our guess in the docs' naming style. Confirm before going live. */
    INFERRED
}
