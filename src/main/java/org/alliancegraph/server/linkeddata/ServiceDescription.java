package org.alliancegraph.server.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import org.alliancegraph.rdf.UriScheme;

/**
 * The SPARQL 1.1 Service Description of the query endpoint: languages, result formats,
 * features (the union default graph, SERVICE), and the default dataset with the VoID figures
 * that federation engines use for source selection.
 */
public final class ServiceDescription {
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG", "N-Quads"};

    private ServiceDescription() {}

    private static Node sd(String local) { return NodeFactory.createURI(SD + local); }

    public static Graph of(UriScheme uris, String endpoint, StoreStatistics stats) {
        Graph g = GraphFactory.createDefaultGraph();
        Node service = NodeFactory.createURI(endpoint);
        g.add(Triple.create(service, RDF.type.asNode(), sd("Service")));
        g.add(Triple.create(service, sd("endpoint"), service));
        g.add(Triple.create(service, sd("supportedLanguage"), sd("SPARQL11Query")));
        g.add(Triple.create(service, sd("feature"), sd("UnionDefaultGraph")));
        g.add(Triple.create(service, sd("feature"), sd("BasicFederatedQuery")));
        for (String f : RESULT_FORMATS)
            g.add(Triple.create(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + f)));
        Node dataset = VoidDescription.datasetNode(uris);
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(Triple.create(service, sd("defaultDataset"), dataset));
        g.add(Triple.create(dataset, RDF.type.asNode(), sd("Dataset")));
        g.add(Triple.create(dataset, RDF.type.asNode(), VoidDescription.v("Dataset")));
        g.add(Triple.create(dataset, sd("defaultGraph"), defaultGraph));
        g.add(Triple.create(defaultGraph, RDF.type.asNode(), sd("Graph")));
        VoidDescription.addStatistics(g, defaultGraph, stats);
        g.add(Triple.create(dataset, VoidDescription.v("sparqlEndpoint"), service));
        g.add(Triple.create(dataset, VoidDescription.v("triples"), VoidDescription.integer(stats.triples())));
        return g;
    }
}
