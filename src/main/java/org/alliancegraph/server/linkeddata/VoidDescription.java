package org.alliancegraph.server.linkeddata;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import org.alliancegraph.rdf.AG;
import org.alliancegraph.rdf.UriScheme;

/**
 * The VoID description of the dataset (served at {@code /.well-known/void}, RFC 5785 and the
 * VoID note §7.2): size, class and property partitions, URI space, examples, the SPARQL endpoint,
 * the dumps and the licence. The service description embeds the same statistics.
 */
public final class VoidDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    /** The extracted data; the article texts quoted in it remain their publishers'. */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    public static final String[] DUMPS = {"dump/alliancegraph.trig", "dump/alliancegraph.nq"};

    private VoidDescription() {}

    static Node v(String local) { return NodeFactory.createURI(VOID + local); }

    public static Node datasetNode(UriScheme uris) { return NodeFactory.createURI(uris.base() + ".well-known/void#alliancegraph"); }

    public static Graph of(UriScheme uris, String sparqlEndpoint, StoreStatistics stats) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = datasetNode(uris);
        g.add(Triple.create(ds, RDF.type.asNode(), v("Dataset")));
        g.add(Triple.create(ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("AllianceGraph knowledge graph", "en")));
        g.add(Triple.create(ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Facts about NATO, aid pledges and Ukraine's membership extracted from news articles, "
                        + "each with the sentence it was extracted from.", "en")));
        g.add(Triple.create(ds, DCTerms.license.asNode(), NodeFactory.createURI(LICENSE)));
        g.add(Triple.create(ds, v("sparqlEndpoint"), NodeFactory.createURI(sparqlEndpoint)));
        for (String dump : DUMPS)
            g.add(Triple.create(ds, v("dataDump"), NodeFactory.createURI(uris.base() + dump)));
        g.add(Triple.create(ds, v("uriSpace"), NodeFactory.createLiteralString(uris.idBase())));
        g.add(Triple.create(ds, v("vocabulary"), NodeFactory.createURI(AG.NS.substring(0, AG.NS.length() - 1))));
        for (Node example : stats.examples())
            g.add(Triple.create(ds, v("exampleResource"), example));
        addStatistics(g, ds, stats);
        return g;
    }

    /** void:triples, entities, classes, properties and the partitions, on {@code subject}. */
    static void addStatistics(Graph g, Node subject, StoreStatistics stats) {
        g.add(Triple.create(subject, v("triples"), integer(stats.triples())));
        g.add(Triple.create(subject, v("distinctSubjects"), integer(stats.distinctSubjects())));
        g.add(Triple.create(subject, v("properties"), integer(stats.triplesByProperty().size())));
        g.add(Triple.create(subject, v("classes"), integer(stats.entitiesByClass().size())));
        g.add(Triple.create(subject, v("entities"), integer(stats.entitiesByClass().values().stream().mapToLong(Long::longValue).sum())));
        for (Map.Entry<Node, Long> e : stats.entitiesByClass().entrySet()) {
            Node part = NodeFactory.createBlankNode();
            g.add(Triple.create(subject, v("classPartition"), part));
            g.add(Triple.create(part, v("class"), e.getKey()));
            g.add(Triple.create(part, v("entities"), integer(e.getValue())));
        }
        for (Map.Entry<Node, Long> e : stats.triplesByProperty().entrySet()) {
            Node part = NodeFactory.createBlankNode();
            g.add(Triple.create(subject, v("propertyPartition"), part));
            g.add(Triple.create(part, v("property"), e.getKey()));
            g.add(Triple.create(part, v("triples"), integer(e.getValue())));
        }
    }

    static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }
}
