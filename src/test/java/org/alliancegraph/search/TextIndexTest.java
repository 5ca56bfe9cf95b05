package org.alliancegraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;
import org.alliancegraph.store.KnowledgeStore;
import org.alliancegraph.store.Loader;

/** The Lucene index behind text:query follows the store: load, replace, remove. */
class TextIndexTest {
    static final String SEARCH_EVIDENCE = """
            PREFIX ag: <https://w3id.org/alliancegraph/ontology#>
            PREFIX text: <http://jena.apache.org/text#>
            SELECT DISTINCT ?article ?sentence WHERE {
              (?evidence ?score ?sentence) text:query (ag:exact ?words) .
              ?evidence ag:inArticle ?article .
            } ORDER BY ?article ?sentence""";

    @Test
    void theStoreIsATextDataset(@TempDir Path dir) {
        KnowledgeStore store = KnowledgeStore.open(dir, TestSupport.URIS);
        assertTrue(store.dataset() instanceof DatasetGraphText, "writes go through the text index");
        assertTrue(Files.isDirectory(dir.resolve("text")), "the index lives in the data directory");
        assertTrue(store.dataset() == KnowledgeStore.open(dir, TestSupport.URIS).dataset(),
                "one dataset (one Lucene writer) per directory in a JVM");
    }

    @Test
    void indexFollowsLoadReplaceAndRemove(@TempDir Path dir, @TempDir Path articles) throws IOException {
        KnowledgeStore store = KnowledgeStore.open(dir, TestSupport.URIS);
        Loader loader = new Loader(store, TestSupport.extractor());
        Path seed = TestSupport.SEEDS.resolve("004_ccd737c3ae17ccd4.txt");
        Path article = articles.resolve("004_ccd737c3ae17ccd4.txt");
        Files.copy(seed, article);
        String graph = TestSupport.URIS.article("004_ccd737c3ae17ccd4");

        // load: the Australian tanks sentence of the seed is found
        assertTrue(loader.load(List.of(article), false).ok());
        List<String> tanks = search(store.dataset(), "tanks");
        assertEquals(1, tanks.size(), tanks::toString);
        assertTrue(tanks.get(0).startsWith(graph + " | ") && tanks.get(0).contains("M1A1 tanks"), tanks::toString);

        // replace: the same article without that sentence; the old sentence is gone from the index
        String text = Files.readString(seed);
        int at = text.indexOf("Additionally, he praised Australia");
        assertTrue(at > 0, "the seed has the sentence this test removes");
        Files.writeString(article, text.substring(0, at) + "Additionally, he praised Australia for its recent announcement of new aid.");
        assertTrue(loader.load(List.of(article), false).replaced() == 1);
        assertEquals(List.of(), search(store.dataset(), "tanks"), "replaced sentence no longer indexed");
        assertEquals(1, search(store.dataset(), "praised").size(), "the new sentence is indexed");

        // remove: nothing of the article stays in the index
        assertTrue(store.remove("004_ccd737c3ae17ccd4"));
        assertEquals(List.of(), search(store.dataset(), "praised"));
        assertEquals(List.of(), search(store.dataset(), "Zelenskyy"));
    }

    /** "article | sentence" for evidence sentences matching {@code words}. */
    static List<String> search(DatasetGraph dsg, String words) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(SEARCH_EVIDENCE);
        q.setLiteral("words", words);
        return Txn.calculateRead(dsg, () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                qe.execSelect().forEachRemaining((QuerySolution s) ->
                        rows.add(s.getResource("article").getURI() + " | " + s.getLiteral("sentence").getString()));
            }
            return rows;
        });
    }
}
