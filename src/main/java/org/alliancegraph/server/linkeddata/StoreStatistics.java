package org.alliancegraph.server.linkeddata;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * The VoID figures of the union default graph, from one pass over it: triples, distinct subjects,
 * triples per property, instances per class, and a few example resources under {@code {base}id/}.
 * TDB2 hands the union's triples out in subject order without duplicates, so the pass holds no
 * set of the data in memory.
 */
public record StoreStatistics(long version, long triples, long distinctSubjects, long namedGraphs,
        Map<Node, Long> triplesByProperty, Map<Node, Long> entitiesByClass, List<Node> examples) {

    static final int EXAMPLES = 5;

    public static StoreStatistics compute(DatasetGraph dsg, StoreVersion storeVersion, String idSpace) {
        return Txn.calculateRead(dsg, () -> {
            long version = storeVersion.current();
            Map<Node, Long> byProperty = new TreeMap<>(Comparator.comparing(Node::toString));
            Map<Node, Long> byClass = new TreeMap<>(Comparator.comparing(Node::toString));
            Map<String, Node> examples = new LinkedHashMap<>();
            long triples = 0, subjects = 0;
            Node lastSubject = null;
            Graph union = dsg.getUnionGraph();
            ExtendedIterator<Triple> it = union.find();
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    triples++;
                    if (!t.getSubject().equals(lastSubject)) {
                        subjects++;
                        lastSubject = t.getSubject();
                    }
                    byProperty.merge(t.getPredicate(), 1L, Long::sum);
                    if (t.getPredicate().equals(RDF.type.asNode())) {
                        byClass.merge(t.getObject(), 1L, Long::sum);
                        noteExample(examples, t.getSubject(), idSpace);
                    }
                }
            } finally {
                it.close();
            }
            long graphs = 0;
            var gn = dsg.listGraphNodes();
            while (gn.hasNext()) { gn.next(); graphs++; }
            return new StoreStatistics(version, triples, subjects, graphs, Collections.unmodifiableMap(byProperty),
                    Collections.unmodifiableMap(byClass), List.copyOf(examples.values()));
        });
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
