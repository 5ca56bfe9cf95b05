package org.alliancegraph.server.linkeddata;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What the server says about one resource: the triples (its own, incoming links, neighbour
 * labels, evidence) and which sets of values were cut short.
 *
 * @param evidence the evidence nodes of the facts about the resource, in the order found
 */
public record Description(Node resource, Graph graph, List<Node> evidence, List<Truncation> truncations) {

    /**
     * A property whose values were capped: {@code shown} of {@code total} (a lower bound when
     * {@code atLeast}, since counting stops at a ceiling).
     */
    public record Truncation(Node property, boolean incoming, int shown, long total, boolean atLeast) {}
}
