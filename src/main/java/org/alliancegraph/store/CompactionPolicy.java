package org.alliancegraph.store;

/**
 * When a load compacts the store: a safety net, not a routine step. TDB2 never overwrites an index
 * block: a write transaction appends new copies of the blocks it touches, so many small
 * transactions (small --batch values, repeated --force reloads) leave a directory mostly made of
 * dead blocks. Compaction copies the live data into a new generation and deletes the old one, at
 * a cost proportional to the live size (minutes per GB on a busy machine), so it runs only when
 * the directory has grown to several times its size after the last compaction, and by gigabytes;
 * that keeps its total cost linear in the size of the load. With the loader's large batches the
 * dead blocks stay about as large as the live data, so a plain load rarely needs it. Sizes are the files'
 * apparent sizes: TDB2 grows its files in 8 MB steps, fine enough at the sizes where this matters.
 */
final class CompactionPolicy {
    /** Growth below this is not worth a compaction (small loads, such as the seeds, never compact). */
    static final long MIN_GROWTH = 2L << 30;
    /** Compact once the directory is this many times its size after the last compaction. */
    static final double FACTOR = 4.0;

    private final long minGrowth;
    private final double factor;
    private long base;

    /**
     * @param bytesOnDisk the store's size when the load begins
     * @param minGrowth   growth since the last compaction below which none is due
     * @param factor      how many times its size after the last compaction the directory may reach
     */
    CompactionPolicy(long bytesOnDisk, long minGrowth, double factor) {
        this.base = bytesOnDisk;
        this.minGrowth = minGrowth;
        this.factor = factor;
    }

    /** The policy of every load: {@link #FACTOR} times, and at least {@link #MIN_GROWTH}. */
    static CompactionPolicy forLoads(long bytesOnDisk) {
        return new CompactionPolicy(bytesOnDisk, MIN_GROWTH, FACTOR);
    }

    boolean due(long bytesOnDisk) {
        return bytesOnDisk >= Math.max(factor * base, base + minGrowth);
    }

    void compacted(long bytesOnDisk) { base = bytesOnDisk; }

    long base() { return base; }
}
