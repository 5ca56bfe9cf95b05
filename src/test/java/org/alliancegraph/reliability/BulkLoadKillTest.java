package org.alliancegraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.cli.Main;
import org.alliancegraph.store.BulkBuild;

/**
 * {@code load --bulk} killed with SIGKILL halfway: the half-built store is refused by every command
 * that would use it (the bulk loader's indexes are not transactional), and the next
 * {@code load --bulk} starts over and builds the whole store, text index included.
 */
class BulkLoadKillTest {
    static final int ARTICLES = 300;
    static final Duration PATIENCE = Duration.ofMinutes(4);

    @Test
    void aKilledBulkLoadIsRefusedAndTheNextOneStartsOver(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("articles");
        List<Path> files = GeneratedArticles.write(folder, ARTICLES);
        Map<String, StoreAudit.Expected> expected = StoreAudit.expectations(files);
        Path data = tmp.resolve("data");

        try (CliProcess loader = CliProcess.start(tmp, "load", "--bulk", folder.toString(), "--data", data.toString())) {
            assertTrue(loader.awaitLoaded(100, PATIENCE), "bulk load did not reach 100 articles:\n" + loader.tail());
            loader.kill();
        }
        assertTrue(Files.exists(data.resolve(BulkBuild.UNFINISHED)), "the marker of the unfinished build is left");

        try (CliProcess user = CliProcess.start(tmp, "load", folder.toString(), "--data", data.toString())) {
            assertEquals(Main.STORE_ERROR, user.exitCode(PATIENCE), user.tail());
            assertTrue(user.log().contains("unfinished bulk load"), user.tail());
        }

        try (CliProcess again = CliProcess.start(tmp, "load", "--bulk", folder.toString(), "--data", data.toString())) {
            assertEquals(0, again.exitCode(PATIENCE), again.tail());
            assertTrue(again.log().contains(ARTICLES + " added, 0 replaced, 0 unchanged, 0 refused"), again.tail());
            assertTrue(again.log().contains("starting it over"), again.tail());
        }
        StoreAudit.Result audit = StoreAudit.audit(data, expected);
        assertEquals(List.of(), audit.broken());
        assertEquals(ARTICLES, audit.present().size(), "every article is in after the second build");
        TextIndexAudit.Result text = TextIndexAudit.audit(data, expected,
                e -> GeneratedArticles.distinctivePhrase(GeneratedArticles.number(e.file())));
        assertEquals(List.of(), text.disagreements(), "text index and store disagree");
        assertTrue(text.documents() > 0);
    }
}
