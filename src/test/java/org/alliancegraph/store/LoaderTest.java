package org.alliancegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;
import org.alliancegraph.ingest.Article;
import org.alliancegraph.rdf.ArticleExtractor;
import org.alliancegraph.rdf.ArticleGraph;
import org.alliancegraph.rdf.OntologyFiles;

/** Batched, parallel loading behaves like loading one article per transaction. */
class LoaderTest {
    private static final String POISONED = "002_877c18a38d6ec069";

    private static KnowledgeStore emptyStore(Path dir) {
        KnowledgeStore store = KnowledgeStore.open(dir, TestSupport.URIS);
        store.putOntology(OntologyFiles.ontology());
        return store;
    }

    @Test
    void batchSizeAndThreadsDoNotChangeTheStore(@TempDir Path one, @TempDir Path batched) {
        KnowledgeStore single = emptyStore(one), many = emptyStore(batched);
        ArticleExtractor extractor = TestSupport.extractor();
        Loader.Report a = new Loader(single, extractor, 1, 1).load(TestSupport.seedFiles(), false);
        Loader.Report b = new Loader(many, extractor, 2, 2).load(TestSupport.seedFiles(), false);
        assertEquals(5, a.added());
        assertEquals(5, b.added());
        assertEquals(a.triples(), b.triples());
        assertEquals(single.size(), many.size());
        assertEquals(single.articleSlugs(), many.articleSlugs());
    }

    @Test
    void compactionInTheMiddleOfALoadKeepsEveryArticle(@TempDir Path once, @TempDir Path dir) throws Exception {
        KnowledgeStore reference = emptyStore(once), store = emptyStore(dir);
        new Loader(reference, TestSupport.extractor(), 1, 5).load(TestSupport.seedFiles(), false);

        Loader loader = new Loader(store, TestSupport.extractor(), 2, 2).compactEveryBatch();
        Loader.Report first = loader.load(TestSupport.seedFiles(), false);
        Loader.Report again = loader.load(TestSupport.seedFiles(), true);

        assertEquals(5, first.added());
        assertEquals(5, again.replaced());
        try (var generations = java.nio.file.Files.list(dir)) {
            // 3 batches per load, a compaction after each: Data-0001 … Data-0007, only the last one kept.
            assertEquals(List.of("Data-0007"), generations.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Data-")).toList());
        }
        assertEquals(reference.size(), store.size(), "the same quads as a store loaded once");
        assertEquals(reference.articleSlugs(), store.articleSlugs());
    }

    @Test
    void aFailingBatchIsRetriedArticleByArticleAndTheLoadStopsAtTheFailingOne(@TempDir Path dir) {
        KnowledgeStore store = emptyStore(dir);
        Loader loader = new Loader(store, poisoning(TestSupport.extractor()), 2, 5);

        StoreException e = assertThrows(StoreException.class, () -> loader.load(TestSupport.seedFiles(), false));

        assertTrue(e.getMessage().startsWith(POISONED + ".txt and the files after it were not stored"), e.getMessage());
        // The seeds before the failing one in file order are stored whole; nothing of it or after it.
        assertEquals(List.of("000_5829618acf563d49", "001_f6d04f62d38808dd"), store.articleSlugs());
        assertFalse(store.articleSlugs().contains(POISONED));
    }

    @Test
    void aFailingBatchStoresNothing(@TempDir Path dir) {
        KnowledgeStore store = emptyStore(dir);
        long before = store.size();
        Function<Article, ArticleGraph> poisoned = poisoning(TestSupport.extractor());
        List<ArticleGraph> batch = TestSupport.seedFiles().stream()
                .map(f -> poisoned.apply(read(f))).toList();
        assertThrows(StoreException.class, () -> store.putAll(batch, false));
        assertEquals(before, store.size());
        assertEquals(List.of(), store.articleSlugs());
    }

    /** The real extraction, plus a triple TDB2 refuses (a variable) in one article's graph. */
    private static Function<Article, ArticleGraph> poisoning(ArticleExtractor extractor) {
        return article -> {
            ArticleGraph g = extractor.extract(article);
            if (!g.slug().equals(POISONED))
                return g;
            Graph bad = GraphFactory.createDefaultGraph();
            g.graph().find().forEach(bad::add);
            bad.add(Triple.create(NodeFactory.createURI("urn:x"), NodeFactory.createURI("urn:p"), NodeFactory.createVariable("v")));
            return new ArticleGraph(g.slug(), g.graphUri(), g.contentHash(), bad, g.reference());
        };
    }

    private static Article read(Path file) {
        try {
            return new org.alliancegraph.ingest.ArticleReader().read(file);
        } catch (org.alliancegraph.ingest.ArticleRejectedException e) {
            throw new AssertionError(e);
        }
    }
}
