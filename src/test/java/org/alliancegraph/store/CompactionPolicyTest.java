package org.alliancegraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompactionPolicyTest {
    private static final long MB = 1L << 20, GB = 1L << 30;

    @Test
    void anOrdinaryLoadGrowingByTwiceWhatItsQuadsNeedDoesNotCompact() {
        CompactionPolicy p = CompactionPolicy.forLoads(192 * MB);
        long quads = 36_000_000; // 100k articles: 18 GB in a compacted store
        assertFalse(p.due(192 * MB + 2 * quads * CompactionPolicy.BYTES_PER_QUAD, quads));
    }

    @Test
    void growthFarBeyondWhatTheQuadsNeedCompacts() {
        CompactionPolicy p = CompactionPolicy.forLoads(192 * MB);
        long quads = 1_000_000; // need about 0.5 GB
        assertFalse(p.due(192 * MB + 1_999 * MB, quads), "less than the minimum growth");
        assertTrue(p.due(192 * MB + 2 * GB, quads), "four times what the quads need, and 2 GB");

        p.compacted(700 * MB, quads);
        assertFalse(p.due(700 * MB + 2 * GB, quads + 2_000_000), "the quads since need 1 GB: growth is only twice that");
        assertTrue(p.due(700 * MB + 2 * GB, quads + 1_000_000));
    }

    @Test
    void smallLoadsNeverCompact() {
        CompactionPolicy p = CompactionPolicy.forLoads(192 * MB);
        assertFalse(p.due(1_500 * MB, 0), "1.3 GB of dead blocks without a quad written is still under 2 GB");
    }
}
