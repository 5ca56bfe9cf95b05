package org.alliancegraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.alliancegraph.rdf.AG;

/**
 * Cool URIs for the Semantic Web, checked the way Vapour does: the identifier answers 303 with a
 * Location chosen by Accept, each representation is there with the right media type and
 * describes the identifier it was reached from, q-values are honoured, 406, HEAD and 304.
 */
class CoolUriConformanceTest {
    static final LinkedDataServer S = LinkedDataServer.get();
    static final String RUTTE = "/id/person/mark-rutte";
    static final String RDFLIB_DEFAULT = "application/rdf+xml,text/rdf+n3;q=0.9,application/xhtml+xml;q=0.5, */*;q=0.1";
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "*/*|ttl|text/turtle",
            RDFLIB_DEFAULT + "|rdf|application/rdf+xml",
            BROWSER + "|html|text/html",
            "text/plain|nt|application/n-triples",
            "text/turtle|ttl|text/turtle",
            "application/ld+json|jsonld|application/ld+json",
            "application/n-triples|nt|application/n-triples",
            "text/turtle;q=0.5, application/ld+json;q=0.9|jsonld|application/ld+json",
            "application/rdf+xml;q=0.2, text/html;q=0.3, text/turtle;q=0.1|html|text/html",
            "text/turtle;q=0, application/rdf+xml;q=0.4, */*;q=0.1|rdf|application/rdf+xml"})
    void identifierRedirectsToTheNegotiatedDocument(String accept, String suffix, String mediaType) {
        HttpResponse<String> r = S.get(RUTTE, accept);
        assertEquals(303, r.statusCode());
        assertEquals("/doc/person/mark-rutte." + suffix, r.headers().firstValue("Location").orElseThrow());
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
        HttpResponse<String> doc = S.get(r.headers().firstValue("Location").get(), accept);
        assertEquals(200, doc.statusCode());
        assertTrue(doc.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), doc.headers().toString());
        if (!suffix.equals("html"))
            assertDescribes(doc.body(), mediaType, S.url(RUTTE));
        else
            assertTrue(doc.body().contains(S.url(RUTTE)) && doc.body().contains("<h1>Mark Rutte</h1>"));
    }

    /** The document is about the requested URI: it says what it is and what it is called. */
    static Graph assertDescribes(String body, String mediaType, String uri) {
        Graph g = GraphFactory.createDefaultGraph();
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        RDFParser.fromString(body, lang).base(uri).parse(g);
        Node s = NodeFactory.createURI(uri);
        assertTrue(g.contains(s, RDF.type.asNode(), AG.Person.asNode()), "typed ag:Person in " + lang);
        assertTrue(g.contains(s, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralLang("Mark Rutte", "en")), "labelled in " + lang);
        return g;
    }

    @Test
    void everyFormatIsReachableBySuffixAndByFormatParameter() {
        for (DocFormat f : DocFormat.ALL) {
            HttpResponse<String> bySuffix = S.get("/doc/person/mark-rutte." + f.suffix(), "*/*");
            HttpResponse<String> byParam = S.get("/doc/person/mark-rutte?format=" + f.suffix(), "image/png");
            for (HttpResponse<String> r : new HttpResponse[] {bySuffix, byParam}) {
                assertEquals(200, r.statusCode(), r.uri().toString());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.mediaType()), r.uri().toString());
            }
            assertEquals(bySuffix.body().length() > 0, true);
        }
        HttpResponse<String> negotiated = S.get("/doc/person/mark-rutte", "application/ld+json");
        assertEquals("/doc/person/mark-rutte.jsonld", negotiated.headers().firstValue("Content-Location").orElseThrow());
    }

    @Test
    void nothingAcceptableIs406WithTheAvailableTypes() {
        HttpResponse<String> r = S.get(RUTTE, "image/png");
        assertEquals(406, r.statusCode());
        for (DocFormat f : DocFormat.ALL)
            assertTrue(r.body().contains(f.mediaType()), r.body());
        assertEquals(406, S.get("/doc/person/mark-rutte", "application/pdf").statusCode());
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<String> id = S.head(RUTTE, "text/turtle");
        assertEquals(303, id.statusCode());
        assertEquals("/doc/person/mark-rutte.ttl", id.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> doc = S.head("/doc/person/mark-rutte.ttl", "text/turtle");
        assertEquals(200, doc.statusCode());
        assertTrue(doc.headers().firstValue("ETag").isPresent());
        assertEquals("", doc.body());
    }

    @Test
    void validatorsGive304() {
        HttpResponse<String> first = S.get("/doc/person/mark-rutte.ttl", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertEquals(304, S.get("/doc/person/mark-rutte.ttl", Map.of("If-None-Match", etag)).statusCode());
        assertEquals(304, S.get("/doc/person/mark-rutte.ttl", Map.of("If-Modified-Since", lastModified)).statusCode());
        assertEquals(200, S.get("/doc/person/mark-rutte.ttl", Map.of("If-None-Match", "\"other\"")).statusCode());
        String htmlTag = S.get("/doc/person/mark-rutte.html", "text/html").headers().firstValue("ETag").orElseThrow();
        assertFalse(htmlTag.equals(etag), "each representation has its own ETag");
    }

    @Test
    void corsOnEveryRead() {
        for (String path : new String[] {RUTTE, "/doc/person/mark-rutte.ttl", "/ontology", "/.well-known/void", "/kg/sparql"}) {
            HttpResponse<String> r = S.get(path, Map.of("Origin", "http://notebook.example", "Accept", "*/*"));
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), path);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), path);
        }
    }
}
