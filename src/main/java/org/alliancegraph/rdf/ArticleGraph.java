package org.alliancegraph.rdf;

import org.apache.jena.graph.Graph;

/**
 * What one article contributes to the store: its own named graph, and the reference triples of
 * the known actors it mentions (they go to the shared reference graph).
 */
public record ArticleGraph(String slug, String graphUri, String contentHash, Graph graph, Graph reference) {
    public long size() { return graph.size(); }
}
