package org.alliancegraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Article text segments, the JSON-LD script block and format negotiation. */
class PageHelpersTest {
    @Test
    void segmentsCountCodePointsAndHandleOverlaps() {
        String text = "😀 NATO met. Kyiv agreed.";           // the emoji is one code point, two chars
        List<ArticleText.Segment> s = ArticleText.segments(text, List.of(
                new ArticleText.Span(2, 11, "a", "NATO"), new ArticleText.Span(7, 24, "b", "Kyiv"),
                new ArticleText.Span(20, 99, "c", "out of range")));
        assertEquals(List.of("😀 ", "NATO ", "met.", " Kyiv agreed."), s.stream().map(ArticleText.Segment::text).toList());
        assertEquals(List.of(false, true, true, true), s.stream().map(ArticleText.Segment::marked).toList());
        assertEquals("NATO · Kyiv", s.get(2).title(), "both spans cover the overlap");
        assertEquals(List.of("b"), s.get(2).anchors());
        assertEquals(text, String.join("", s.stream().map(ArticleText.Segment::text).toList()));
    }

    @Test
    void jsonLdBlockCannotCloseTheScriptElementAndStillParses() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI("http://x.test/a"), NodeFactory.createURI("http://x.test/text"),
                NodeFactory.createLiteralString("</script><script>alert(1)</script> & <!-- \\</SCRIPT>")));
        String block = JsonLdScript.of(g);
        assertFalse(block.contains("<") || block.contains(">") || block.contains("&"), block);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(block, Lang.JSONLD).parse(back);
        assertTrue(back.isIsomorphicWith(g), "the same triples after the escaping");
    }

    @Test
    void negotiationFollowsQValuesAndRefusesTheUnacceptable() {
        assertEquals(DocFormat.TURTLE, DocFormat.negotiate(null, DocFormat.ALL).orElseThrow());
        assertEquals(DocFormat.TURTLE, DocFormat.negotiate("*/*", DocFormat.ALL).orElseThrow());
        assertEquals(DocFormat.NTRIPLES, DocFormat.negotiate("text/plain", DocFormat.ALL).orElseThrow());
        assertEquals(DocFormat.JSONLD, DocFormat.negotiate("text/html;q=0.1, application/ld+json;q=0.8", DocFormat.ALL).orElseThrow());
        assertTrue(DocFormat.negotiate("text/html", DocFormat.RDF).isEmpty());
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> DocFormat.negotiate("text/html;;;q=x,,", Set.of(DocFormat.TURTLE)));
        assertEquals(DocFormat.RDFXML, DocFormat.byName("application/rdf+xml").orElseThrow());
        assertEquals(DocFormat.JSONLD, DocFormat.byName("JSON-LD").orElseThrow());
    }
}
