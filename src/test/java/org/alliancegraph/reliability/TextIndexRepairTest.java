package org.alliancegraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;
import org.alliancegraph.rdf.ArticleGraph;

/**
 * A text index out of step with its store, as a process killed between TDB2's commit and Lucene's
 * leaves it (an article stored but not indexed, one removed but still indexed): the audit sees
 * it, and the next process that opens the store indexes those graphs again.
 */
class TextIndexRepairTest {
    static final Duration PATIENCE = Duration.ofMinutes(3);

    @Test
    void theNextOpenReindexesGraphsTheIndexDisagreesOn(@TempDir Path tmp) throws Exception {
        List<Path> files = GeneratedArticles.write(tmp.resolve("articles"), 11);
        Map<String, StoreAudit.Expected> expected = StoreAudit.expectations(files);
        Path data = tmp.resolve("data");
        List<String> load10 = new ArrayList<>(List.of("load", "--data", data.toString()));
        files.subList(0, 10).forEach(f -> load10.add(f.toString()));
        try (CliProcess load = CliProcess.start(tmp, load10.toArray(String[]::new))) {
            assertEquals(0, load.exitCode(PATIENCE), load.tail());
        }
        assertEquals(List.of(), TextIndexAudit.audit(data, expected, TextIndexRepairTest::phrase).disagreements()
                .stream().filter(d -> !d.startsWith(slug(expected, 10))).toList(), "loaded normally, the index agrees");

        // Change TDB2 alone, bypassing the index: add article 10, remove article 3.
        ArticleGraph added = TestSupport.extractor().extract(files.get(10));
        Node removed = NodeFactory.createURI(TestSupport.URIS.articleGraph(slug(expected, 3)));
        StoreAudit.withDatabase(data, dsg -> {
            Txn.executeWrite(dsg, () -> {
                Node g = NodeFactory.createURI(added.graphUri());
                added.graph().find().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                dsg.removeGraph(removed);
            });
            return null;
        });
        // Without the marker of an unfinished write, opening the store does not check the index (it costs seconds per 10k articles).
        try (CliProcess validate = CliProcess.start(tmp, "validate", "--data", data.toString())) {
            validate.exitCode(PATIENCE);
            assertFalse(validate.log().contains("indexed again"), validate.tail());
        }
        // What a writer killed between the two commits leaves behind.
        java.nio.file.Files.createFile(data.resolve("text").resolve(org.alliancegraph.store.TextIndexSync.PENDING));
        List<String> before = TextIndexAudit.audit(data, expected, TextIndexRepairTest::phrase).disagreements();
        assertTrue(before.contains(slug(expected, 10) + ": stored but not found by a search for \"" + phrase(expected.get(slug(expected, 10))) + "\""), before::toString);
        assertTrue(before.contains(slug(expected, 3) + ": found but not stored by a search for \"" + phrase(expected.get(slug(expected, 3))) + "\""), before::toString);

        try (CliProcess validate = CliProcess.start(tmp, "validate", "--data", data.toString())) {
            validate.exitCode(PATIENCE);
            assertTrue(validate.log().contains("text index: 2 graph(s) indexed again"), validate.tail());
        }
        assertEquals(List.of(), TextIndexAudit.audit(data, expected, TextIndexRepairTest::phrase).disagreements(), "repaired on open");
    }

    static String phrase(StoreAudit.Expected e) {
        return GeneratedArticles.distinctivePhrase(GeneratedArticles.number(e.file()));
    }

    static String slug(Map<String, StoreAudit.Expected> expected, int number) {
        return new ArrayList<>(expected.keySet()).get(number);
    }
}
