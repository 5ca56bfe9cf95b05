package org.alliancegraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompactionPolicyTest {
    private static final long MB = 1L << 20;

    @Test
    void dueWhenTheDirectoryHasDoubledAndGrownByTheMinimum() {
        CompactionPolicy p = CompactionPolicy.forLoads(100 * MB);
        assertFalse(p.due(200 * MB), "doubled, but only 100 MB more");
        assertFalse(p.due(611 * MB));
        assertTrue(p.due(612 * MB));

        p.compacted(2_000 * MB);
        assertFalse(p.due(3_999 * MB), "grown by the minimum, but not doubled");
        assertTrue(p.due(4_000 * MB));
    }

    @Test
    void anEmptyStoreWaitsForTheMinimumGrowth() {
        CompactionPolicy p = CompactionPolicy.forLoads(0);
        assertFalse(p.due(511 * MB));
        assertTrue(p.due(512 * MB));
    }
}
