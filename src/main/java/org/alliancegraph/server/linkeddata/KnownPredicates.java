package org.alliancegraph.server.linkeddata;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The predicates a description looks up, one index probe each: every property the ontology
 * declares or uses, a few core RDF, OWL and SKOS terms, and every predicate the last store statistics found (which covers
 * what an authenticated update may have added; the statistics refresh in the background).
 */
public final class KnownPredicates implements Supplier<Set<Node>> {
    private static final Set<Node> PROPERTY_TYPES = Set.of(RDF.Property.asNode(), OWL2.ObjectProperty.asNode(),
            OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode(), OWL2.FunctionalProperty.asNode());

    /** Used by the data though not by the ontology file (reference data: identity, search labels). */
    private static final Set<Node> CORE = Set.of(RDF.type.asNode(), OWL2.sameAs.asNode(), SKOS.hiddenLabel.asNode(),
            SKOS.altLabel.asNode(), SKOS.prefLabel.asNode(), RDFS.label.asNode(), RDFS.comment.asNode(), RDFS.seeAlso.asNode());

    private final Set<Node> fromOntology;
    private final StatisticsCache statistics;

    public KnownPredicates(Graph ontology, StatisticsCache statistics) {
        this.fromOntology = ofOntology(ontology);
        this.statistics = statistics;
    }

    static Set<Node> ofOntology(Graph ontology) {
        Set<Node> predicates = new HashSet<>(CORE);
        for (Triple t : ontology.find().toList()) {
            predicates.add(t.getPredicate());
            if (t.getPredicate().equals(RDF.type.asNode()) && PROPERTY_TYPES.contains(t.getObject()) && t.getSubject().isURI())
                predicates.add(t.getSubject());
        }
        return Set.copyOf(predicates);
    }

    @Override
    public Set<Node> get() {
        if (statistics == null)
            return fromOntology;
        Set<Node> all = new HashSet<>(fromOntology);
        statistics.latest().ifPresent(s -> all.addAll(s.triplesByProperty().keySet()));
        return all;
    }
}
