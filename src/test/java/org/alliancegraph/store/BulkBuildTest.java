package org.alliancegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;
import org.alliancegraph.ingest.ArticleFiles;
import org.alliancegraph.rdf.OntologyFiles;

/** {@code load --bulk}: the same store as transactional loading, and never a half-built store in use. */
class BulkBuildTest {
    private static List<Path> articles() {
        List<Path> files = new ArrayList<>(TestSupport.seedFiles());
        files.addAll(ArticleFiles.expand(List.of(TestSupport.ROOT.resolve("src/test/resources/articles"))));
        return files;
    }

    private static KnowledgeStore bulkLoad(Path dir, List<Path> files) {
        BulkBuild build = BulkBuild.start(dir, TestSupport.URIS);
        Loader.Report report = Loader.bulk(build, TestSupport.extractor(), 2).load(files, false);
        assertEquals(files.size(), report.added(), report.failures().toString());
        return build.finish(OntologyFiles.ontology());
    }

    private static KnowledgeStore transactionalLoad(Path dir, List<Path> files) {
        KnowledgeStore store = KnowledgeStore.open(dir, TestSupport.URIS);
        store.putOntology(OntologyFiles.ontology());
        new Loader(store, TestSupport.extractor(), 2, 4).load(files, false);
        return store;
    }

    @Test
    void aBulkBuildHoldsWhatTransactionalLoadingHolds(@TempDir Path bulkDir, @TempDir Path txnDir) {
        List<Path> files = articles();
        KnowledgeStore bulk = bulkLoad(bulkDir, files), txn = transactionalLoad(txnDir, files);

        assertEquals(txn.articleSlugs(), bulk.articleSlugs());
        assertEquals(15, bulk.articleSlugs().size());
        assertEquals(txn.size(), bulk.size(), "quads in all named graphs (the reference graph without copies)");
        assertEquals(graphNames(txn.dataset()), graphNames(bulk.dataset()));
        // Every quad, as N-Quads lines with blank node labels blanked (labels differ between stores).
        assertEquals(nquads(txn.dataset()), nquads(bulk.dataset()));

        // The text index: one document per indexed triple in every graph, and the same search answers.
        assertEquals(0, TextIndexSync.repair(bulk.dataset()), "no graph's index documents differ from its triples");
        String search = "PREFIX text: <http://jena.apache.org/text#> PREFIX ag: <https://w3id.org/alliancegraph/ontology#>"
                + " SELECT ?s WHERE { ?s text:query (ag:exact \"irreversible\") }";
        Set<String> found = hits(bulk.dataset(), search);
        assertFalse(found.isEmpty());
        assertEquals(hits(txn.dataset(), search), found);

        // A later transactional load into the built store sees the bulk-loaded articles as current.
        Loader.Report again = new Loader(bulk, TestSupport.extractor(), 2, 4).load(files, false);
        assertEquals(files.size(), again.unchanged());
    }

    @Test
    void aDirectoryThatHoldsAStoreIsRefusedAndKept(@TempDir Path dir) {
        KnowledgeStore store = transactionalLoad(dir, TestSupport.seedFiles());
        long quads = store.size();

        StoreException e = assertThrows(StoreException.class, () -> BulkBuild.start(dir, TestSupport.URIS));

        assertTrue(e.getMessage().contains("needs an empty data directory"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(BulkBuild.UNFINISHED)));
        assertEquals(quads, store.size());
        assertEquals(5, store.articleSlugs().size());
    }

    @Test
    void anUnfinishedBuildCannotBeOpenedAndTheNextBuildStartsOver(@TempDir Path dir) {
        List<Path> files = articles();
        BulkBuild first = BulkBuild.start(dir, TestSupport.URIS);
        Loader.bulk(first, TestSupport.extractor(), 2).load(files.subList(0, 7), false);
        assertThrows(StoreException.class, () -> BulkBuild.start(dir, TestSupport.URIS), "a second build while the first runs");
        first.abandon(); // as if the process had died before finish()

        StoreException refused = assertThrows(StoreException.class, () -> KnowledgeStore.open(dir, TestSupport.URIS));
        assertTrue(refused.getMessage().contains("unfinished bulk load"), refused.getMessage());

        KnowledgeStore store = bulkLoad(dir, files.subList(5, files.size()));
        assertEquals(files.size() - 5, store.articleSlugs().size(), "only the second build's articles");
        assertFalse(Files.exists(dir.resolve(BulkBuild.UNFINISHED)));
        assertEquals(0, TextIndexSync.repair(store.dataset()));
    }

    private static Set<Node> graphNames(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> names = new java.util.HashSet<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    private static List<String> nquads(DatasetGraph dsg) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
        List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).replaceAll("_:\\S+", "_:b").split("\n")));
        lines.sort(null);
        return lines;
    }

    private static Set<String> hits(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> found = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query).build()) {
                qe.execSelect().forEachRemaining((QuerySolution row) -> found.add(row.get("s").toString()));
            }
            return found;
        });
    }
}
