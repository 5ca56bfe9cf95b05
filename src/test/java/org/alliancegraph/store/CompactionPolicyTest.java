package org.alliancegraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompactionPolicyTest {
    private static final long MB = 1L << 20, GB = 1L << 30, PLENTY = 1L << 50;

    @Test
    void anOrdinaryLoadGrowingByTwiceWhatItsQuadsNeedDoesNotCompact() {
        CompactionPolicy p = CompactionPolicy.forLoads(192 * MB);
        long quads = 36_000_000; // 100k articles: 18 GB in a compacted store
        assertFalse(p.due(192 * MB + 2 * quads * CompactionPolicy.BYTES_PER_QUAD, quads, PLENTY));
    }

    @Test
    void growthFarBeyondWhatTheQuadsNeedCompacts() {
        CompactionPolicy p = CompactionPolicy.forLoads(192 * MB);
        long quads = 1_000_000; // need about 0.5 GB
        assertFalse(p.due(192 * MB + 1_999 * MB, quads, PLENTY), "less than the minimum growth");
        assertTrue(p.due(192 * MB + 2 * GB, quads, PLENTY), "four times what the quads need, and 2 GB");

        p.compacted(700 * MB, quads);
        assertFalse(p.due(700 * MB + 2 * GB, quads + 2_000_000, PLENTY), "the quads since need 1 GB: growth is only twice that");
        assertTrue(p.due(700 * MB + 2 * GB, quads + 1_000_000, PLENTY));
    }

    @Test
    void smallLoadsNeverCompact() {
        CompactionPolicy p = CompactionPolicy.forLoads(192 * MB);
        assertFalse(p.due(1_500 * MB, 0, PLENTY), "1.3 GB of dead blocks without a quad written is still under 2 GB");
    }

    @Test
    void aDiskRunningOutOfRoomForACompactedCopyCompactsEarlier() {
        CompactionPolicy p = CompactionPolicy.forLoads(0);
        long quads = 20_000_000; // need 10 GB; 25 GB on disk is 2.5 times that, under the factor
        assertFalse(p.due(25 * GB, quads, 30 * GB), "room for two live copies");
        assertTrue(p.due(25 * GB, quads, 15 * GB), "less than twice the live data free");
        assertFalse(p.due(1 * GB, 1_000_000, 100 * MB), "under the minimum growth: a compaction would not free enough to matter");
    }
}
