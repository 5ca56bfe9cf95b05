package org.alliancegraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * The loader killed with SIGKILL in the middle of a folder of 500 articles, three times at
 * different points; after each kill the store opens, every article is fully present or absent,
 * none stored before is lost, the text index agrees with the store, and a last run completes the folder.
 */
class LoaderKillTest {
    static final int ARTICLES = 500;
    static final Duration PATIENCE = Duration.ofMinutes(4);

    @Test
    void sigkillMidLoadLeavesWholeArticlesAndTheNextRunCompletes(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("articles");
        List<Path> files = GeneratedArticles.write(folder, ARTICLES);
        Map<String, StoreAudit.Expected> expected = StoreAudit.expectations(files);
        assertEquals(ARTICLES, expected.size(), "500 different articles");
        Path data = tmp.resolve("data");

        Set<String> stored = new HashSet<>();
        for (int round = 0; round < 3; round++) {
            // Small batches: commits every few articles, so each kill lands between and inside them.
            try (CliProcess loader = CliProcess.start(tmp, "load", folder.toString(), "--data", data.toString(), "--batch", "16")) {
                // Each run first passes over what is stored (unchanged), then stores new ones.
                int target = stored.size() + 20 + 15 * round;
                assertTrue(loader.awaitLoaded(target, PATIENCE), "loader did not reach " + target + " articles:\n" + loader.tail());
                Thread.sleep(17L * round); // land the kill at a different point of extraction or commit each round
                loader.kill();
            }
            StoreAudit.Result audit = StoreAudit.audit(data, expected);
            assertEquals(List.of(), audit.broken(), "half-loaded articles after kill " + (round + 1));
            assertTrue(audit.present().containsAll(stored), "an article stored before kill " + (round + 1) + " was lost");
            assertTrue(audit.present().size() > stored.size(), "kill " + (round + 1) + " came after new articles were stored");
            assertEquals(ARTICLES, audit.present().size() + audit.absent().size());
            assertTextIndexAgrees(data, expected, "after kill " + (round + 1));
            stored.addAll(audit.present());
        }

        try (CliProcess loader = CliProcess.start(tmp, "load", folder.toString(), "--data", data.toString())) {
            assertEquals(0, loader.exitCode(PATIENCE), loader.tail());
            assertTrue(loader.log().contains((ARTICLES - stored.size()) + " added, 0 replaced, " + stored.size() + " unchanged, 0 refused"),
                    "the last run adds exactly the missing articles:\n" + loader.tail());
        }
        StoreAudit.Result last = StoreAudit.audit(data, expected);
        assertEquals(List.of(), last.broken());
        assertEquals(ARTICLES, last.present().size(), "every article is in after the last run");
        assertTextIndexAgrees(data, expected, "after the last run");
    }

    /** Text search finds every stored article and no other; the index has one document per indexed triple. */
    private static void assertTextIndexAgrees(Path data, Map<String, StoreAudit.Expected> expected, String when) {
        TextIndexAudit.Result text = TextIndexAudit.audit(data, expected,
                e -> GeneratedArticles.distinctivePhrase(GeneratedArticles.number(e.file())));
        assertEquals(List.of(), text.disagreements(), "text index and store disagree " + when);
        assertTrue(text.documents() > 0, "the index was read " + when);
    }

}
