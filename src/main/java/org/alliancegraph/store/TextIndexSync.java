package org.alliancegraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the Lucene text index back in step with TDB2 after a crash. Both commit in one TDB2
 * transaction, but Lucene commits after TDB2's commit point: a process killed between the two
 * leaves TDB2 (which replays its journal on open) with a change the index lacks (an added article
 * that search does not find, a removed one it still finds). So when the dataset is opened, each
 * named graph's index documents are counted against its indexed triples (one document per triple),
 * and a graph that differs is indexed again from the store.
 */
public final class TextIndexSync {
    private static final Logger LOG = LoggerFactory.getLogger(TextIndexSync.class);

    private TextIndexSync() {}

    /** Re-indexes the graphs whose index documents differ from the store; returns how many. */
    public static int repair(DatasetGraph dataset) {
        if (!(dataset instanceof DatasetGraphText text) || !(text.getTextIndex() instanceof TextIndexLucene index)
                || index.getDocDef().getGraphField() == null)
            return 0; // no Lucene index, or one that does not record graphs: nothing to compare
        long start = System.nanoTime();
        EntityDefinition def = index.getDocDef();
        List<Node> predicates = def.fields().stream().flatMap(f -> def.getPredicates(f).stream()).distinct().toList();
        Map<String, Long> inStore = Txn.calculateRead(text, () -> {
            Map<String, Long> counts = new HashMap<>();
            for (Node p : predicates)
                text.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (isNamed(q.getGraph()) && q.getObject().isLiteral())
                        counts.merge(q.getGraph().getURI(), 1L, Long::sum);
                });
            return counts;
        });
        try {
            IndexWriter writer = index.getIndexWriter();
            Set<String> differing = new TreeSet<>();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Set<String> graphs = new HashSet<>(inStore.keySet());
                graphs.addAll(indexedGraphs(reader, def.getGraphField()));
                for (String g : graphs)
                    if (searcher.count(new TermQuery(new Term(def.getGraphField(), g))) != inStore.getOrDefault(g, 0L))
                        differing.add(g);
            }
            LOG.debug("text index checked against the store: {} graph(s), {} differing, {} ms",
                    inStore.size(), differing.size(), (System.nanoTime() - start) / 1_000_000);
            if (differing.isEmpty())
                return 0;
            LOG.warn("text index out of step with the store in {} graph(s) (a write interrupted between the two commits?): indexing them again",
                    differing.size());
            for (String g : differing) {
                writer.deleteDocuments(new Term(def.getGraphField(), g));
                Node graph = NodeFactory.createURI(g);
                Txn.executeRead(text, () -> {
                    for (Node p : predicates)
                        text.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                            Entity entity = TextQueryFuncs.entityFromQuad(def, q);
                            if (entity != null)
                                index.addEntity(entity);
                        });
                });
            }
            writer.commit();
            LOG.info("text index: {} graph(s) indexed again", differing.size());
            return differing.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the text index: " + e.getMessage(), e);
        }
    }

    private static boolean isNamed(Node g) {
        return g.isURI() && !Quad.isDefaultGraph(g) && !Quad.isUnionGraph(g);
    }

    /** The graph names the index has documents for (terms of deleted documents included: they count 0). */
    private static Set<String> indexedGraphs(DirectoryReader reader, String graphField) throws IOException {
        Set<String> graphs = new HashSet<>();
        Terms terms = MultiTerms.getTerms(reader, graphField);
        if (terms == null)
            return graphs;
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            String g = term.utf8ToString();
            if (isNamed(NodeFactory.createURI(g)))
                graphs.add(g);
        }
        return graphs;
    }
}
