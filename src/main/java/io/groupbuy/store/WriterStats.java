package io.groupbuy.store;

/** Writes committed and the commits (fsyncs) they took; {@code writes / commits} is the group-commit factor. */
public record WriterStats(long writes, long commits) {
    public double writesPerCommit() {
        return commits == 0 ? 0 : (double) writes / commits;
    }
}
