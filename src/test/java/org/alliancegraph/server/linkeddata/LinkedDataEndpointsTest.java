package org.alliancegraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTML pages, odd paths, VoID, the service description, the ontology and the dumps, over HTTP. */
class LinkedDataEndpointsTest {
    static final LinkedDataServer S = LinkedDataServer.get();
    static final String VOID = VoidDescription.VOID;
    static final String SD = ServiceDescription.SD;

    static Graph turtle(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.uri() + ": " + r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        return g;
    }

    static Node uri(String u) { return NodeFactory.createURI(u); }

    /** A count by the server's own SPARQL endpoint (whose default graph is the union). */
    static long count(String query) {
        HttpResponse<String> r = S.get("/kg/sparql?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().strip().split("\\R")[1].strip());
    }

    @Test
    void articleTextWithAScriptElementIsShownAsText() {
        HttpResponse<String> r = S.get("/doc/article/" + LinkedDataServer.XSS_SLUG + ".html", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text, escaped");
        assertFalse(r.body().contains("<script>alert(1)"), "never as markup");
        // Only the JSON-LD script element, and its content parses back to the article's own text.
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(r.body());
        assertTrue(m.find(), "a JSON-LD block");
        assertFalse(m.group(1).contains("<"), "no raw '<' inside the script element");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(m.group(1), Lang.JSONLD).parse(g);
        Node article = uri(S.uris.article(LinkedDataServer.XSS_SLUG));
        assertTrue(g.find(article, uri(org.alliancegraph.rdf.AG.text.getURI()), Node.ANY).next()
                .getObject().getLiteralLexicalForm().contains("<script>alert(1)</script>"));
        assertEquals(2, r.body().split("<script", -1).length, "exactly one script element");
    }

    @Test
    void articlePageMarksTheEvidenceAtItsCodePointOffsets() {
        HttpResponse<String> r = S.get("/doc/article/001_f6d04f62d38808dd.html", "text/html");
        assertEquals(200, r.statusCode());
        // Evidence 1625–1744 of 001 is the "irreversible" sentence; its mark starts at its anchor.
        String anchored = r.body().substring(r.body().indexOf("id=\"ev-001_f6d04f62d38808dd-1625-1744\""));
        String mark = anchored.substring(anchored.indexOf("<mark"), anchored.indexOf("</mark>"));
        assertTrue(mark.endsWith("Asked about prospects for Ukraine becoming a member of NATO, Rutte said "
                + "“Ukraine’s path to membership is irreversible.”"), mark);
        assertTrue(r.body().contains("Facts extracted from this article"));
    }

    @Test
    void personPageLinksNeighboursByLabelAndQuotesEvidence() {
        String body = S.get("/doc/person/mark-rutte.html", "text/html").body();
        assertTrue(body.contains("<a href=\"/id/post/secretary-general-nato\">Secretary General</a>"), "a neighbour by its label");
        assertTrue(body.contains("href=\"/id/article/001_f6d04f62d38808dd#ev-001_f6d04f62d38808dd-1625-1744\""), "a quote linked into its article");
        assertTrue(body.contains("href=\"/#/dataset/kg/query?query=SELECT"), "open in SPARQL");
        assertTrue(body.startsWith("<!DOCTYPE html>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/a%2Fb", "/id/a+b", "/id/a:b", "/id/person/%C3%A9t%C3%A9", "/id/person/été", "/id/%00",
            "/id/..%2F..%2Fetc", "/doc/a%2Fb.ttl", "/doc/person/x.ttl.html", "/doc/", "/id/", "/dump/../x"})
    void oddPathsNeverGive5xx(String path) {
        for (String accept : new String[] {"text/html", "text/turtle"}) {
            HttpResponse<String> r = S.get(path.replace("été", "%C3%A9t%C3%A9"), accept);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " gave " + r.statusCode());
            assertFalse(r.body().contains("Exception") || r.body().contains("/tmp/"), r.body());
        }
    }

    @Test
    void overlongPathsAreRefusedCleanly() {
        for (int n : new int[] {2_000, 7_000, 20_000}) {
            HttpResponse<String> r = S.get("/id/person/" + "a".repeat(n), "text/html");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, n + " gave " + r.statusCode());
        }
    }

    @Test
    void unknownIdIs404AsHtmlForBrowsersAndTextOtherwise() {
        HttpResponse<String> html = S.get("/id/person/nobody", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<h1>404 Not Found</h1>"));
        HttpResponse<String> text = S.get("/id/person/nobody", "text/turtle");
        assertEquals(404, text.statusCode());
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void voidHasTheStoreFiguresAndWhereToFindMore() {
        Graph g = turtle(S.get("/.well-known/void", "text/turtle"));
        Node ds = VoidDescription.datasetNode(S.uris);
        long triples = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertTrue(g.contains(ds, uri(VOID + "triples"), VoidDescription.integer(triples)), "void:triples = " + triples);
        assertTrue(g.contains(ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(S.uris.idBase())));
        assertTrue(g.contains(ds, uri(VOID + "sparqlEndpoint"), uri(S.url("/kg/sparql"))));
        assertTrue(g.contains(ds, uri(VOID + "dataDump"), uri(S.url("/dump/alliancegraph.trig"))));
        assertTrue(g.contains(ds, uri("http://purl.org/dc/terms/license"), Node.ANY));
        long persons = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/alliancegraph/ontology#Person> }");
        assertTrue(g.find(Node.ANY, uri(VOID + "class"), uri("https://w3id.org/alliancegraph/ontology#Person")).toList().stream()
                .anyMatch(t -> g.contains(t.getSubject(), uri(VOID + "entities"), VoidDescription.integer(persons))));
        long labels = count("SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }");
        assertTrue(g.find(Node.ANY, uri(VOID + "property"), uri("http://www.w3.org/2000/01/rdf-schema#label")).toList().stream()
                .anyMatch(t -> g.contains(t.getSubject(), uri(VOID + "triples"), VoidDescription.integer(labels))));
        var examples = g.find(ds, uri(VOID + "exampleResource"), Node.ANY).toList();
        assertFalse(examples.isEmpty());
        for (var e : examples)
            assertEquals(303, S.get(java.net.URI.create(e.getObject().getURI()).getRawPath(), "text/turtle").statusCode());
    }

    @Test
    void everyVoidPartitionAndTheSubjectCountAgreeWithSparql() {
        Graph g = turtle(S.get("/.well-known/void", "text/turtle"));
        Node ds = VoidDescription.datasetNode(S.uris);
        long subjects = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }");
        assertTrue(g.contains(ds, uri(VOID + "distinctSubjects"), VoidDescription.integer(subjects)), "void:distinctSubjects = " + subjects);
        var properties = g.find(ds, uri(VOID + "propertyPartition"), Node.ANY).toList();
        var classes = g.find(ds, uri(VOID + "classPartition"), Node.ANY).toList();
        assertTrue(properties.size() > 20 && classes.size() > 5, properties.size() + " property and " + classes.size() + " class partitions");
        for (var part : properties) {
            Node property = g.find(part.getObject(), uri(VOID + "property"), Node.ANY).next().getObject();
            long n = count("SELECT (COUNT(*) AS ?n) WHERE { ?s <" + property.getURI() + "> ?o }"); // a URI the server reported, not user input
            assertTrue(g.contains(part.getObject(), uri(VOID + "triples"), VoidDescription.integer(n)), property + ": " + n + " triples");
        }
        for (var part : classes) {
            Node type = g.find(part.getObject(), uri(VOID + "class"), Node.ANY).next().getObject();
            long n = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + type.getURI() + "> }");
            assertTrue(g.contains(part.getObject(), uri(VOID + "entities"), VoidDescription.integer(n)), type + ": " + n + " entities");
        }
    }

    @Test
    void queryEndpointWithoutAQueryGivesTheServiceDescription() {
        Graph g = turtle(S.get("/kg/sparql", "text/turtle"));
        Node service = uri(S.url("/kg/sparql"));
        assertTrue(g.contains(service, RDF.type.asNode(), uri(SD + "Service")));
        assertTrue(g.contains(service, uri(SD + "endpoint"), service));
        assertTrue(g.contains(service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query")));
        assertTrue(g.contains(service, uri(SD + "feature"), uri(SD + "BasicFederatedQuery")));
        assertTrue(g.contains(service, uri(SD + "resultFormat"), uri("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        Node dataset = g.find(service, uri(SD + "defaultDataset"), Node.ANY).next().getObject();
        Node dg = g.find(dataset, uri(SD + "defaultGraph"), Node.ANY).next().getObject();
        assertTrue(g.contains(dg, uri(VOID + "triples"), VoidDescription.integer(count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))));
        // In RDF/XML too; and a query still runs.
        HttpResponse<String> xml = S.get("/kg/sparql", "application/rdf+xml");
        assertTrue(xml.body().contains("BasicFederatedQuery"));
        HttpResponse<String> ask = S.get("/kg/sparql?query=ASK%7B%7D", "application/sparql-results+json");
        assertTrue(ask.body().contains("true"), ask.body());
    }

    @Test
    void ontologyIsDocumentedAndDownloadable() {
        HttpResponse<String> html = S.get("/ontology", "text/html");
        assertEquals(200, html.statusCode());
        for (String anchor : new String[] {"id=\"Pledge\"", "id=\"donor\"", "id=\"IrreversiblePath\"", "id=\"classes\""})
            assertTrue(html.body().contains(anchor), anchor);
        assertTrue(html.body().contains("Person or Organisation"), "a union range in words");
        Graph ttl = turtle(S.get("/ontology", "text/turtle"));
        assertTrue(ttl.contains(uri("https://w3id.org/alliancegraph/ontology#Pledge"), RDF.type.asNode(), uri("http://www.w3.org/2002/07/owl#Class")));
        assertEquals(303, S.get("/id/person/mark-rutte", "text/html").statusCode());
        assertTrue(S.get("/ontology.rdf", "*/*").headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
    }

    @Test
    void dumpsHoldEveryQuadOfTheStore() {
        long quads = Txn.calculateRead(S.store.dataset(), () -> {
            long n = 0;
            var it = S.store.dataset().find();
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
        for (String name : new String[] {"alliancegraph.trig", "alliancegraph.nq"}) {
            HttpResponse<String> r = S.get("/dump/" + name, "*/*");
            assertEquals(200, r.statusCode());
            Dataset ds = DatasetFactory.create();
            RDFParser.fromString(r.body(), name.endsWith("trig") ? Lang.TRIG : Lang.NQUADS).parse(ds);
            assertEquals(quads, ds.asDatasetGraph().stream().count(), name);
        }
    }

    @Test
    void aChangeOfTheStoreChangesValidatorsAndStatistics() throws Exception {
        HttpResponse<String> before = S.get("/.well-known/void", "text/turtle");
        String docTag = S.get("/doc/person/mark-rutte.ttl", "text/turtle").headers().firstValue("ETag").orElseThrow();
        String voidTag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, S.get("/.well-known/void", java.util.Map.of("Accept", "text/turtle", "If-None-Match", voidTag)).statusCode());
        java.nio.file.Path extra = java.nio.file.Files.createTempDirectory("ld-extra").resolve("998_extra.txt");
        java.nio.file.Files.writeString(extra, "title: Extra\npublished: 2024-11-01\n---\nMark Rutte visited Latvia on Friday.");
        var report = new org.alliancegraph.store.Loader(S.store, new org.alliancegraph.rdf.ArticleExtractor(S.uris,
                org.alliancegraph.extract.ReferenceCatalog.load())).load(java.util.List.of(extra), false);
        assertTrue(report.ok(), report.toString());
        HttpResponse<String> after = S.get("/.well-known/void", java.util.Map.of("Accept", "text/turtle", "If-None-Match", voidTag));
        assertEquals(200, after.statusCode(), "the old ETag no longer matches");
        assertFalse(after.headers().firstValue("ETag").orElseThrow().equals(voidTag));
        Graph g = turtle(after);
        assertTrue(g.contains(VoidDescription.datasetNode(S.uris), uri(VOID + "triples"),
                VoidDescription.integer(count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))), "statistics recomputed");
        assertEquals(200, S.get("/doc/person/mark-rutte.ttl", java.util.Map.of("If-None-Match", docTag)).statusCode());
    }
}
