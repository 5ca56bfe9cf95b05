package org.alliancegraph.server.linkeddata;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;

import org.alliancegraph.store.KnowledgeStore;

/**
 * The VoID figures of the union default graph, from one pass over it: triples, distinct subjects,
 * triples per property, instances per class, and a few example resources under {@code {base}id/}.
 * On TDB2 the pass reads the SPOG quad index as node ids and decodes only the few ids it reports
 * (properties, classes, examples): decoding every node made the pass take minutes at 10k articles.
 * In subject order, the union's duplicates (one triple in several graphs) are neighbours, so the
 * pass holds no set of the data in memory.
 */
public record StoreStatistics(long version, long triples, long distinctSubjects, long namedGraphs,
        Map<Node, Long> triplesByProperty, Map<Node, Long> entitiesByClass, List<Node> examples) {

    static final int EXAMPLES = 5;

    public static StoreStatistics compute(DatasetGraph dsg, StoreVersion storeVersion, String idSpace) {
        return Txn.calculateRead(dsg, () -> {
            long version = storeVersion.current();
            Pass<?> pass = tdb2Pass(dsg, idSpace);
            if (pass == null)
                pass = nodePass(dsg, idSpace);
            long graphs = 0;
            var gn = dsg.listGraphNodes();
            while (gn.hasNext()) { gn.next(); graphs++; }
            return pass.statistics(version, graphs);
        });
    }

    /** The pass over TDB2's SPOG index, or null if the store is not TDB2 (call in a read transaction). */
    private static Pass<NodeId> tdb2Pass(DatasetGraph dsg, String idSpace) {
        DatasetGraph tdb = KnowledgeStore.tdb2(dsg);
        if (tdb == null)
            return null;
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable();
        TupleIndex spog = Arrays.stream(quads.getTupleTable().getIndexes())
                .filter(index -> index.getName().equals("SPOG")).findFirst().orElse(null);
        if (spog == null)
            return null;
        NodeTable nodes = quads.getNodeTable();
        Pass<NodeId> pass = new Pass<>(nodes::getNodeForNodeId, nodes.getNodeIdForNode(RDF.type.asNode()), idSpace);
        NodeId s = null, p = null, o = null;
        for (Iterator<Tuple<NodeId>> it = spog.all(); it.hasNext(); ) {
            Tuple<NodeId> quad = it.next(); // in G, S, P, O order whatever the index
            if (quad.get(1).equals(s) && quad.get(2).equals(p) && quad.get(3).equals(o))
                continue; // the same triple in another graph
            s = quad.get(1); p = quad.get(2); o = quad.get(3);
            pass.triple(s, p, o);
        }
        return pass;
    }

    /** The pass over any dataset's union graph, node by node. */
    private static Pass<Node> nodePass(DatasetGraph dsg, String idSpace) {
        Pass<Node> pass = new Pass<>(n -> n, RDF.type.asNode(), idSpace);
        ExtendedIterator<Triple> it = dsg.getUnionGraph().find();
        try {
            it.forEachRemaining(t -> pass.triple(t.getSubject(), t.getPredicate(), t.getObject()));
        } finally {
            it.close();
        }
        return pass;
    }

    /** The counts of one pass over the union's triples in subject order, each triple once, as keys K. */
    private static final class Pass<K> {
        private final Function<K, Node> decode;
        private final K type;
        private final String idSpace;
        private long triples, subjects;
        private K lastSubject;
        private final Map<K, Long> byProperty = new HashMap<>(), byClass = new HashMap<>();
        private final Map<String, Node> examples = new LinkedHashMap<>();

        Pass(Function<K, Node> decode, K type, String idSpace) {
            this.decode = decode;
            this.type = type;
            this.idSpace = idSpace;
        }

        void triple(K s, K p, K o) {
            triples++;
            if (!s.equals(lastSubject)) {
                subjects++;
                lastSubject = s;
            }
            byProperty.merge(p, 1L, Long::sum);
            if (p.equals(type)) {
                byClass.merge(o, 1L, Long::sum);
                if (examples.size() < EXAMPLES)
                    noteExample(examples, decode.apply(s), idSpace);
            }
        }

        StoreStatistics statistics(long version, long graphs) {
            return new StoreStatistics(version, triples, subjects, graphs, decoded(byProperty), decoded(byClass),
                    List.copyOf(examples.values()));
        }

        private Map<Node, Long> decoded(Map<K, Long> counts) {
            Map<Node, Long> byNode = new TreeMap<>(Comparator.comparing(Node::toString));
            counts.forEach((key, n) -> byNode.merge(decode.apply(key), n, Long::sum));
            return Collections.unmodifiableMap(byNode);
        }
    }

    /** The first resource of each kind ({@code {base}id/person/…}), up to {@value #EXAMPLES}. */
    private static void noteExample(Map<String, Node> examples, Node subject, String idSpace) {
        if (examples.size() >= EXAMPLES || !subject.isURI() || !subject.getURI().startsWith(idSpace))
            return;
        String rest = subject.getURI().substring(idSpace.length());
        int slash = rest.indexOf('/');
        if (slash > 0)
            examples.putIfAbsent(rest.substring(0, slash), subject);
    }
}
