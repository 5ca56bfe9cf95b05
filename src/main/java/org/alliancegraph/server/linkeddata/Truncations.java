package org.alliancegraph.server.linkeddata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * How a capped set of values is told in RDF, with the Hydra Core vocabulary: a collection that
 * manages "the values of property P of resource R" (or "the subjects linking to R by P"), its
 * total count, and a link to a SPARQL query that lists all of them.
 */
public final class Truncations {
    public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final Node COLLECTION = NodeFactory.createURI(HYDRA + "Collection");
    private static final Node MANAGES = NodeFactory.createURI(HYDRA + "manages");
    private static final Node SUBJECT = NodeFactory.createURI(HYDRA + "subject");
    private static final Node PROPERTY = NodeFactory.createURI(HYDRA + "property");
    private static final Node OBJECT = NodeFactory.createURI(HYDRA + "object");
    private static final Node TOTAL = NodeFactory.createURI(HYDRA + "totalItems");

    private Truncations() {}

    static void describe(Graph out, Node resource, Description.Truncation t, String restUrl) {
        Node collection = NodeFactory.createBlankNode();
        Node manages = NodeFactory.createBlankNode();
        out.add(Triple.create(collection, RDF.type.asNode(), COLLECTION));
        out.add(Triple.create(collection, MANAGES, manages));
        out.add(Triple.create(manages, t.incoming() ? OBJECT : SUBJECT, resource));
        out.add(Triple.create(manages, PROPERTY, t.property()));
        // A lower bound is not a total: then the count is left to the query.
        if (!t.atLeast())
            out.add(Triple.create(collection, TOTAL, NodeFactory.createLiteralDT(Long.toString(t.total()), XSDDatatype.XSDinteger)));
        out.add(Triple.create(collection, RDFS.seeAlso.asNode(), NodeFactory.createURI(restUrl)));
    }

    /** A query for all the values (or linking subjects) of the property, with their graphs. */
    public static String query(Node resource, Description.Truncation t) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(t.incoming()
                ? "SELECT ?subject ?graph WHERE { GRAPH ?graph { ?subject ?p ?r } } ORDER BY ?subject"
                : "SELECT ?value ?graph WHERE { GRAPH ?graph { ?r ?p ?value } } ORDER BY ?value");
        q.setParam("r", resource);
        q.setParam("p", t.property());
        return q.toString();
    }
}
