package org.alliancegraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import org.alliancegraph.rdf.AG;

/** The description of a resource, on a small in-memory dataset with two named graphs. */
class DescriptionBuilderTest {
    static final String DATA = """
            PREFIX ag: <https://w3id.org/alliancegraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX x: <http://x.test/id/>
            GRAPH <http://x.test/graph/a> {
              x:pledge ag:donor x:nato ; ag:recipient x:ukraine ; ag:confidence 0.8 ; ag:evidence x:ev1 ;
                       ag:amount [ ag:value 40 ; ag:unit [ rdfs:label "EUR" ] ] .
              x:ev1 ag:exact "NATO pledged 40 billion." ; ag:inArticle x:a1 ; ag:beginIndex 0 ; ag:endIndex 24 .
              x:nato rdfs:label "NATO"@en ; ag:mentionedIn x:a1, x:a2, x:a3, x:a4, x:a5 .
              x:a1 <http://purl.org/dc/terms/title> "First article" .
            }
            GRAPH <http://x.test/graph/b> {
              x:ukraine rdfs:label "Ukraine"@en ; rdfs:label "Украина"@ru .
              x:statement ag:speaker x:nato ; ag:confidence 0.9 ; ag:evidence x:ev2 .
              x:ev2 ag:exact "NATO said so." ; ag:inArticle x:a2 .
              x:unrelated ag:evidence x:ev3 .
            }
            """;
    static final Node PLEDGE = NodeFactory.createURI("http://x.test/id/pledge");
    static final Node NATO = NodeFactory.createURI("http://x.test/id/nato");
    static final Set<Node> PREDICATES = Set.of(AG.donor.asNode(), AG.recipient.asNode(), AG.confidence.asNode(),
            AG.evidence.asNode(), AG.amount.asNode(), AG.mentionedIn.asNode(), AG.speaker.asNode(), RDFS.label.asNode());

    static DescriptionBuilder builder(int cap, int ceiling) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TRIG).parse(dsg);
        return new DescriptionBuilder(dsg, () -> PREDICATES, cap, ceiling, (r, t) -> "http://x.test/rest");
    }

    @Test
    void outgoingWithBlankNodeClosureNeighbourLabelsAndEvidence() {
        Description d = builder(100, 1000).describe(PLEDGE).orElseThrow();
        Graph g = d.graph();
        assertTrue(g.contains(PLEDGE, AG.donor.asNode(), NATO));
        Node amount = g.find(PLEDGE, AG.amount.asNode(), Node.ANY).next().getObject();
        Node unit = g.find(amount, NodeFactory.createURI(AG.NS + "unit"), Node.ANY).next().getObject();
        assertTrue(g.contains(unit, RDFS.label.asNode(), NodeFactory.createLiteralString("EUR")), "blank nodes followed to the end");
        assertTrue(g.contains(NATO, RDFS.label.asNode(), NodeFactory.createLiteralLang("NATO", "en")), "neighbour label");
        Node ukraine = NodeFactory.createURI("http://x.test/id/ukraine");
        assertEquals(List.of(NodeFactory.createLiteralLang("Ukraine", "en")),
                g.find(ukraine, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList(), "one, English, label");
        Node ev1 = NodeFactory.createURI("http://x.test/id/ev1");
        assertTrue(g.contains(ev1, AG.exact.asNode(), NodeFactory.createLiteralString("NATO pledged 40 billion.")));
        Node a1 = NodeFactory.createURI("http://x.test/id/a1");
        assertTrue(g.contains(a1, NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY), "the evidence's article is named");
        assertEquals(List.of(), d.truncations());
    }

    @Test
    void incomingLinksAndTheEvidenceOfFactsAboutTheResource() {
        Description d = builder(100, 1000).describe(NATO).orElseThrow();
        Node statement = NodeFactory.createURI("http://x.test/id/statement");
        assertTrue(d.graph().contains(statement, AG.speaker.asNode(), NATO), "incoming link");
        assertTrue(d.graph().contains(PLEDGE, AG.donor.asNode(), NATO), "incoming link");
        assertEquals(Set.of(NodeFactory.createURI("http://x.test/id/ev1"), NodeFactory.createURI("http://x.test/id/ev2")),
                Set.copyOf(d.evidence()), "evidence of the pledge and the statement, not of unrelated facts");
        assertTrue(d.graph().contains(NodeFactory.createURI("http://x.test/id/ev2"), AG.exact.asNode(), Node.ANY));
    }

    @Test
    void largeValueSetsAreCappedWithACountAndALink() {
        Description d = builder(2, 1000).describe(NATO).orElseThrow();
        assertEquals(2, d.graph().find(NATO, AG.mentionedIn.asNode(), Node.ANY).toList().size());
        Description.Truncation t = d.truncations().get(0);
        assertEquals(new Description.Truncation(AG.mentionedIn.asNode(), false, 2, 5, false), t);
        Node hydraTotal = NodeFactory.createURI(Truncations.HYDRA + "totalItems");
        assertTrue(d.graph().contains(Node.ANY, hydraTotal, NodeFactory.createLiteralDT("5",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        assertTrue(d.graph().contains(Node.ANY, RDFS.seeAlso.asNode(), NodeFactory.createURI("http://x.test/rest")));
        assertTrue(Truncations.query(NATO, t).contains("<http://x.test/id/nato> <" + AG.mentionedIn.getURI() + "> ?value"));
    }

    @Test
    void countingStopsAtTheCeilingAndSaysSo() {
        Description d = builder(2, 3).describe(NATO).orElseThrow();
        Description.Truncation t = d.truncations().get(0);
        assertEquals(3, t.total());
        assertTrue(t.atLeast(), "a lower bound");
        assertFalse(d.graph().contains(Node.ANY, NodeFactory.createURI(Truncations.HYDRA + "totalItems"), Node.ANY),
                "no total claimed");
    }

    @Test
    void unknownResourceHasNoDescription() {
        assertTrue(builder(100, 1000).describe(NodeFactory.createURI("http://x.test/id/nothing")).isEmpty());
    }
}
