package org.alliancegraph.store;

/**
 * When a load compacts the store: a safety net, not a routine step. TDB2 never overwrites an index
 * block: a write transaction appends new copies of the blocks it touches, so many small
 * transactions (small --batch values, repeated --force reloads) leave a directory mostly made of
 * dead blocks. Compaction copies the live data into a new generation and deletes the old one, at
 * a cost proportional to the live size (about 4 minutes for 1.3 GB on the busy benchmark machine).
 * With the loader's 1024-article transactions a load grows the directory by about twice what its
 * quads need (dead blocks as large as the live data), so compaction is due only when the growth
 * since the last compaction is {@link #FACTOR} times what the quads written since then need, and
 * at least {@link #MIN_GROWTH}. Dead blocks grow faster than the store, though (a transaction
 * touches more distinct blocks of a bigger index: 1.6 times what the quads need at 10k articles,
 * 2.7 times at 28k), so compaction is also due, after the same minimum growth, when the free disk
 * space falls under twice the live data: compaction needs room for a copy of it, and the load
 * would otherwise fill the disk (a 100k load on a 59 GB disk did). Sizes are the files' apparent
 * sizes (TDB2 grows files in 8 MB steps, fine enough at the sizes where this matters).
 */
final class CompactionPolicy {
    /** Growth below this is not worth a compaction (small loads, such as the seeds, never compact). */
    static final long MIN_GROWTH = 2L << 30;
    /** Growth, as a multiple of what the written quads need, that makes a compaction due. */
    static final double FACTOR = 4.0;
    /** What a quad needs in a compacted store: 1,301 MB for 7,000 generated articles (2.6 M quads). */
    static final long BYTES_PER_QUAD = 500;

    private final long minGrowth;
    private final double factor;
    private long base;
    private long quadsAtBase;

    /**
     * @param bytesOnDisk the store's size when the load begins
     * @param minGrowth   growth since the last compaction below which none is due
     * @param factor      growth, as a multiple of what the quads written since need, that makes one due
     */
    CompactionPolicy(long bytesOnDisk, long minGrowth, double factor) {
        this.base = bytesOnDisk;
        this.minGrowth = minGrowth;
        this.factor = factor;
    }

    /** The policy of every load. */
    static CompactionPolicy forLoads(long bytesOnDisk) {
        return new CompactionPolicy(bytesOnDisk, MIN_GROWTH, FACTOR);
    }

    /**
     * @param quadsWritten quads written by the load so far (added, or replacing others)
     * @param freeBytes    usable space left on the store's file system
     */
    boolean due(long bytesOnDisk, long quadsWritten, long freeBytes) {
        long growth = bytesOnDisk - base;
        long needed = (quadsWritten - quadsAtBase) * BYTES_PER_QUAD;
        return growth >= minGrowth && (growth >= factor * needed || freeBytes < 2 * liveEstimate(quadsWritten));
    }

    /** The live data: the size after the last compaction (or the start: perhaps less) plus what the quads since need. */
    long liveEstimate(long quadsWritten) {
        return base + (quadsWritten - quadsAtBase) * BYTES_PER_QUAD;
    }

    void compacted(long bytesOnDisk, long quadsWritten) {
        base = bytesOnDisk;
        quadsAtBase = quadsWritten;
    }

    long base() { return base; }
}
