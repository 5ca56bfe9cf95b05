package org.alliancegraph.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

import org.alliancegraph.rdf.AG;

/**
 * Builds the {@link Description} of a resource from the union default graph, in one read
 * transaction: outgoing triples (blank nodes followed to their end), incoming links, the label of
 * every neighbour, and the evidence of the facts about the resource. Values are read property by
 * property, at most {@code cap} per property (counted up to {@code countCeiling}), so a hub such
 * as NATO with thousands of mentions costs no more than a small entity.
 */
public final class DescriptionBuilder {
    public static final int DEFAULT_CAP = 100;
    public static final int DEFAULT_COUNT_CEILING = 10_000;
    /** Evidence nodes shown at most, over all facts about the resource. */
    public static final int MAX_EVIDENCE = 200;

    private final DatasetGraph dsg;
    private final Supplier<Set<Node>> predicates;
    private final int cap;
    private final int countCeiling;
    private final java.util.function.BiFunction<Node, Description.Truncation, String> restOf;

    /**
     * @param predicates the predicates the store may use: values are looked up by predicate, never
     *                   by a scan over all triples of a resource
     * @param restOf     the URL that lists all values of a truncated property
     */
    public DescriptionBuilder(DatasetGraph dsg, Supplier<Set<Node>> predicates, int cap, int countCeiling,
            java.util.function.BiFunction<Node, Description.Truncation, String> restOf) {
        this.dsg = dsg;
        this.predicates = predicates;
        this.cap = cap;
        this.countCeiling = countCeiling;
        this.restOf = restOf;
    }

    /** Empty when the store neither says anything about {@code resource} nor links to it. */
    public Optional<Description> describe(Node resource) {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            return known(union, resource) ? Optional.of(new Run(union, resource).build()) : Optional.<Description>empty();
        });
    }

    /** Whether the store says anything about {@code resource} or links to it. */
    public static boolean known(Graph union, Node resource) {
        return union.contains(resource, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, resource);
    }

    /** One description being built. */
    private final class Run {
        final Graph union;
        final Node resource;
        final Graph out = GraphFactory.createDefaultGraph();
        final Set<Node> neighbours = new LinkedHashSet<>();
        final Set<Node> evidence = new LinkedHashSet<>();
        final List<Description.Truncation> truncations = new ArrayList<>();

        Run(Graph union, Node resource) {
            this.union = union;
            this.resource = resource;
        }

        Description build() {
            List<Node> sorted = new ArrayList<>(predicates.get());
            sorted.sort(Comparator.comparing(Node::toString));
            for (Node p : sorted) {
                for (Triple t : capped(union.find(resource, p, Node.ANY), p, false)) {
                    out.add(t);
                    follow(t.getObject(), new HashSet<>());
                    if (p.equals(AG.evidence.asNode()))
                        evidence.add(t.getObject());
                }
                for (Triple t : capped(union.find(Node.ANY, p, resource), p, true)) {
                    out.add(t);
                    neighbours.add(t.getSubject());
                }
            }
            // The evidence of the facts about the resource: neighbours that are facts (they carry a confidence).
            for (Node n : List.copyOf(neighbours))
                if (n.isURI() && union.contains(n, AG.confidence.asNode(), Node.ANY))
                    addEvidenceOf(n);
            for (Node e : evidence)
                addEvidenceNode(e);
            for (Node n : neighbours)
                addLabel(n);
            truncations.forEach(t -> Truncations.describe(out, resource, t, restOf.apply(resource, t)));
            return new Description(resource, out, List.copyOf(evidence), List.copyOf(truncations));
        }

        /** Up to {@code cap} triples; records a truncation if there were more. */
        private List<Triple> capped(ExtendedIterator<Triple> it, Node p, boolean incoming) {
            List<Triple> kept = new ArrayList<>();
            long total = 0;
            try {
                while (it.hasNext() && total < countCeiling) {
                    Triple t = it.next();
                    if (kept.size() < cap)
                        kept.add(t);
                    total++;
                }
                if (total > kept.size())
                    truncations.add(new Description.Truncation(p, incoming, kept.size(), total, it.hasNext()));
            } finally {
                it.close();
            }
            return kept;
        }

        /** Blank nodes are described in full (they have no page of their own); URIs become neighbours. */
        private void follow(Node object, Set<Node> seen) {
            if (object.isURI()) {
                neighbours.add(object);
                return;
            }
            if (!object.isBlank() || !seen.add(object))
                return;
            ExtendedIterator<Triple> it = union.find(object, Node.ANY, Node.ANY);
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    out.add(t);
                    follow(t.getObject(), seen);
                }
            } finally {
                it.close();
            }
        }

        private void addEvidenceOf(Node fact) {
            if (evidence.size() >= MAX_EVIDENCE || fact.isLiteral())
                return;
            ExtendedIterator<Triple> it = union.find(fact, AG.evidence.asNode(), Node.ANY);
            try {
                while (it.hasNext() && evidence.size() < MAX_EVIDENCE) {
                    Triple t = it.next();
                    out.add(t);
                    evidence.add(t.getObject());
                }
            } finally {
                it.close();
            }
        }

        /** The evidence node's own triples (article, offsets, sentence); its article becomes a neighbour. */
        private void addEvidenceNode(Node e) {
            ExtendedIterator<Triple> it = union.find(e, Node.ANY, Node.ANY);
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    out.add(t);
                    if (t.getPredicate().equals(AG.inArticle.asNode()))
                        neighbours.add(t.getObject());
                }
            } finally {
                it.close();
            }
        }

        /** One label per neighbour: rdfs:label, else an article's title. */
        private void addLabel(Node n) {
            if (!n.isURI() || n.equals(resource))
                return;
            Labels.preferred(union, n, RDFS.label.asNode()).or(() -> Labels.preferred(union, n, DCTerms.title.asNode()))
                    .ifPresent(l -> out.add(Triple.create(n, l.predicate(), l.value())));
        }
    }
}
