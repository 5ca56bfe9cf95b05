package org.alliancegraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompactionPolicyTest {
    private static final long MB = 1L << 20;

    @Test
    void dueWhenTheDirectoryHasQuadrupledAndGrownByTwoGigabytes() {
        CompactionPolicy p = CompactionPolicy.forLoads(200 * MB);
        assertFalse(p.due(800 * MB), "four times, but only 600 MB more");
        assertFalse(p.due(2_247 * MB));
        assertTrue(p.due(2_248 * MB));

        p.compacted(2_000 * MB);
        assertFalse(p.due(7_999 * MB), "grown by gigabytes, but not four times");
        assertTrue(p.due(8_000 * MB));
    }

    @Test
    void anEmptyStoreWaitsForTheMinimumGrowth() {
        CompactionPolicy p = CompactionPolicy.forLoads(0);
        assertFalse(p.due(2_047 * MB));
        assertTrue(p.due(2_048 * MB));
    }
}
