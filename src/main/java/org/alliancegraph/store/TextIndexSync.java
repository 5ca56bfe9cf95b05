package org.alliancegraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the Lucene text index back in step with TDB2 after a crash. Both commit in one TDB2
 * transaction, but Lucene commits after TDB2's commit point: a process killed between the two
 * leaves TDB2 (which replays its journal on open) with a change the index lacks (an added article
 * that search does not find, a removed one it still finds). So when the dataset is opened, each
 * named graph's index documents are counted against its indexed triples (one document per triple),
 * and a graph that differs is indexed again from the store — when a write may have been cut short
 * ({@link #PENDING}). Writes through Fuseki's update endpoints (off by default) leave no marker.
 */
public final class TextIndexSync {
    private static final Logger LOG = LoggerFactory.getLogger(TextIndexSync.class);

    /**
     * Marker file in the index directory, there from before a write transaction until after both
     * commits ({@link KnowledgeStore}): the check below reads every indexed triple (seconds per
     * 10,000 articles), so it runs only when a write may have been cut short.
     */
    public static final String PENDING = "write-pending";

    private TextIndexSync() {}

    /** {@link #repair} if the last write in this directory did not finish; then clears the marker. */
    public static int repairIfInterrupted(DatasetGraph dataset, Path indexDirectory) {
        Path marker = indexDirectory.resolve(PENDING);
        if (!Files.exists(marker))
            return 0;
        int repaired = repair(dataset);
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {} (the next open checks the index again)", marker, e.getMessage());
        }
        return repaired;
    }

    /** Re-indexes the graphs whose index documents differ from the store; returns how many. */
    public static int repair(DatasetGraph dataset) {
        if (!(dataset instanceof DatasetGraphText text) || !(text.getTextIndex() instanceof TextIndexLucene index)
                || index.getDocDef().getGraphField() == null)
            return 0; // no Lucene index, or one that does not record graphs: nothing to compare
        long start = System.nanoTime();
        EntityDefinition def = index.getDocDef();
        List<Node> predicates = indexedPredicates(def);
        Map<String, Long> inStore = indexedTriplesPerGraph(text, predicates);
        long counted = System.nanoTime();
        try {
            IndexWriter writer = index.getIndexWriter();
            Map<String, Long> inIndex;
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                inIndex = documentsPerGraph(reader, def.getGraphField());
            }
            Set<String> differing = new TreeSet<>();
            for (String g : union(inStore.keySet(), inIndex.keySet()))
                if (!inIndex.getOrDefault(g, 0L).equals(inStore.getOrDefault(g, 0L)))
                    differing.add(g);
            LOG.debug("text index checked against the store: {} graph(s), {} differing, {} ms ({} ms counting in the store)",
                    inStore.size(), differing.size(), (System.nanoTime() - start) / 1_000_000, (counted - start) / 1_000_000);
            if (differing.isEmpty())
                return 0;
            LOG.warn("text index out of step with the store in {} graph(s) (a write interrupted between the two commits?): indexing them again",
                    differing.size());
            for (String g : differing)
                reindex(text, index, predicates, g);
            writer.commit();
            LOG.info("text index: {} graph(s) indexed again", differing.size());
            return differing.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the text index: " + e.getMessage(), e);
        }
    }

    /** Replaces the index documents of graph {@code g} with one per indexed triple the store has. */
    private static void reindex(DatasetGraphText text, TextIndexLucene index, List<Node> predicates, String g) throws IOException {
        index.getIndexWriter().deleteDocuments(new Term(index.getDocDef().getGraphField(), g));
        addDocuments(text, index, predicates, NodeFactory.createURI(g), () -> {});
    }

    /**
     * Indexes every indexed triple of every named graph, into an index that has none of them yet:
     * a store written around the text index ({@link BulkBuild}). Returns the documents added.
     */
    public static long indexAll(DatasetGraph dataset) {
        if (!(dataset instanceof DatasetGraphText text) || !(text.getTextIndex() instanceof TextIndexLucene index))
            return 0;
        EntityDefinition def = index.getDocDef();
        List<Node> predicates = indexedPredicates(def);
        long start = System.nanoTime();
        long[] added = {0};
        long[] lastLog = {start};
        addDocuments(text, index, predicates, Node.ANY, () -> {
            added[0]++;
            if (System.nanoTime() - lastLog[0] >= 5_000_000_000L) {
                lastLog[0] = System.nanoTime();
                LOG.info(String.format("text index: %d documents, %.0f documents/s", added[0], added[0] / ((lastLog[0] - start) / 1e9)));
            }
        });
        try {
            index.getIndexWriter().commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the text index: " + e.getMessage(), e);
        }
        LOG.info(String.format("text index: %d documents in %.1f s", added[0], (System.nanoTime() - start) / 1e9));
        return added[0];
    }

    /** The properties whose triples the index holds, one document each. */
    private static List<Node> indexedPredicates(EntityDefinition def) {
        return def.fields().stream().flatMap(f -> def.getPredicates(f).stream()).distinct().toList();
    }

    /** One index document per triple of {@code graph} (a graph or ANY: every named one) with an indexed predicate. */
    private static void addDocuments(DatasetGraphText text, TextIndexLucene index, List<Node> predicates, Node graph, Runnable perDocument) {
        EntityDefinition def = index.getDocDef();
        Txn.executeRead(text, () -> {
            for (Node p : predicates)
                text.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    Entity entity = isNamed(q.getGraph()) ? TextQueryFuncs.entityFromQuad(def, q) : null;
                    if (entity != null) {
                        index.addEntity(entity);
                        perDocument.run();
                    }
                });
        });
    }

    /**
     * Triples with an indexed predicate, per named graph. On TDB2 counted on node ids (a scan of the
     * predicate's index entries; only the graphs' nodes are decoded, never the article texts), so
     * objects are not checked to be literals as jena-text requires: in this store those predicates
     * only ever have literal objects.
     */
    private static Map<String, Long> indexedTriplesPerGraph(DatasetGraph dataset, List<Node> predicates) {
        DatasetGraph tdb = KnowledgeStore.tdb2(dataset);
        if (tdb == null)
            return Txn.calculateRead(dataset, () -> {
                Map<String, Long> counts = new HashMap<>();
                for (Node p : predicates)
                    dataset.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                        if (isNamed(q.getGraph()) && q.getObject().isLiteral())
                            counts.merge(q.getGraph().getURI(), 1L, Long::sum);
                    });
                return counts;
            });
        return Txn.calculateRead(tdb, () -> {
            NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable();
            Map<NodeId, Long> byGraphId = new HashMap<>();
            for (Node p : predicates)
                quads.findAsNodeIds(Node.ANY, Node.ANY, p, Node.ANY)
                        .forEachRemaining(quad -> byGraphId.merge(quad.get(0), 1L, Long::sum));
            Map<String, Long> counts = new HashMap<>();
            byGraphId.forEach((id, n) -> {
                Node g = quads.getNodeTable().getNodeForNodeId(id);
                if (isNamed(g))
                    counts.merge(g.getURI(), n, Long::sum);
            });
            return counts;
        });
    }

    private static boolean isNamed(Node g) {
        return g.isURI() && !Quad.isDefaultGraph(g) && !Quad.isUnionGraph(g);
    }

    /** Live (not deleted) index documents per named graph: one pass over the graph field's postings. */
    private static Map<String, Long> documentsPerGraph(DirectoryReader reader, String graphField) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(graphField);
            if (terms == null)
                continue;
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum it = terms.iterator();
            PostingsEnum docs = null;
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                docs = it.postings(docs, PostingsEnum.NONE);
                long n = 0;
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc())
                    if (live == null || live.get(d))
                        n++;
                String g = term.utf8ToString();
                if (n > 0 && isNamed(NodeFactory.createURI(g)))
                    counts.merge(g, n, Long::sum);
            }
        }
        return counts;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
