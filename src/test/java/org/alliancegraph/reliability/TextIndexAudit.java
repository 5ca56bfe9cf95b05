package org.alliancegraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import org.alliancegraph.TestSupport;
import org.alliancegraph.rdf.AG;
import org.alliancegraph.store.StoreConfig;

/**
 * The Lucene text index of a data directory against its TDB2 store, both read directly (a
 * reader takes no lock): for every expected article, the index holds exactly one document per
 * indexed triple of the article's graph (the predicates of the configuration's entity map:
 * rdfs:label, skos:altLabel, ag:text, ag:exact), and a phrase search in the {@code text} field
 * finds the article if and only if the store holds it. Field names are the configuration's
 * ({@code text:entityField "uri"}, {@code text:graphField "graph"}, {@code text:field "text"}).
 */
final class TextIndexAudit {
    private static final List<Node> INDEXED = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), AG.text.asNode(), AG.exact.asNode());

    /** disagreements: one line per article the index and the store disagree on; documents: index documents read. */
    record Result(List<String> disagreements, int documents) {}

    private TextIndexAudit() {}

    /** {@code phrase}: words that occur in the text of that article only. */
    static Result audit(Path data, Map<String, StoreAudit.Expected> expected, Function<StoreAudit.Expected, String> phrase) {
        // Indexed triples per stored article graph; a graph the store lacks is missing from the map.
        Map<String, Long> indexedTriples = StoreAudit.withDatabase(data, dsg -> Txn.calculateRead(dsg, () -> {
            Map<String, Long> counts = new HashMap<>();
            for (StoreAudit.Expected e : expected.values()) {
                Node g = NodeFactory.createURI(TestSupport.URIS.articleGraph(e.slug()));
                if (dsg.containsGraph(g))
                    counts.put(e.slug(), countIndexed(dsg.getGraph(g)));
            }
            return counts;
        }));
        try (Directory dir = FSDirectory.open(data.resolve(StoreConfig.TEXT_DIRECTORY));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> disagreements = new ArrayList<>();
            for (StoreAudit.Expected e : expected.values()) {
                String graph = TestSupport.URIS.articleGraph(e.slug());
                long inStore = indexedTriples.getOrDefault(e.slug(), 0L);
                int inIndex = searcher.count(new TermQuery(new Term("graph", graph)));
                if (inIndex != inStore)
                    disagreements.add(e.slug() + ": " + inIndex + " index documents, " + inStore + " indexed triples in the store");
                boolean stored = indexedTriples.containsKey(e.slug());
                boolean found = found(searcher, phrase.apply(e), TestSupport.URIS.article(e.slug()));
                if (found != stored)
                    disagreements.add(e.slug() + ": " + (stored ? "stored but not found" : "found but not stored")
                            + " by a search for \"" + phrase.apply(e) + "\"");
            }
            return new Result(disagreements, reader.numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countIndexed(Graph graph) {
        long n = 0;
        for (Node p : INDEXED)
            n += graph.find(Node.ANY, p, Node.ANY).filterKeep(t -> t.getObject().isLiteral()).toList().size();
        return n;
    }

    /** Whether a phrase search in the "text" field (lower-case words, as the standard analyzer indexes them) hits {@code entity}. */
    private static boolean found(IndexSearcher searcher, String phrase, String entity) throws IOException {
        PhraseQuery.Builder query = new PhraseQuery.Builder();
        for (String word : phrase.toLowerCase(Locale.ROOT).split("\\s+"))
            query.add(new Term("text", word));
        Set<String> entities = new HashSet<>();
        for (ScoreDoc hit : searcher.search(query.build(), 20).scoreDocs)
            entities.add(searcher.storedFields().document(hit.doc).get("uri"));
        return entities.contains(entity);
    }
}
