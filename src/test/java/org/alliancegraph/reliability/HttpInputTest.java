package org.alliancegraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;
import org.alliancegraph.store.Loader;

/**
 * Bad HTTP input against the real server: malformed SPARQL, very long queries, huge bodies,
 * unsupported Accept, traversal and odd encodings on every path family. No answer is a 5xx, and
 * no error body shows a stack trace or a file path.
 */
class HttpInputTest {
    static final String PEOPLE = "PREFIX ag: <https://w3id.org/alliancegraph/ontology#> SELECT ?p WHERE { ?p a ag:Person }";
    @TempDir static Path tmp;
    static TestServer server;
    static int port;

    @BeforeAll
    static void start() {
        server = TestServer.start(tmp, 30_000);
        port = server.port();
        Loader.Report r = new Loader(server.store(), TestSupport.extractor()).load(TestSupport.seedFiles(), false);
        assertTrue(r.ok());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    static String q(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** No 5xx, no stack trace, no file path, no file content in the answer. */
    static void assertClean(String what, RawHttp.Answer a) {
        assertTrue(a.status() >= 200 && a.status() < 500, what + " answered " + a.status() + ": " + a.body());
        String body = a.body();
        for (String leak : List.of("\tat ", "Exception", ".java:", "/work/", "/tmp/", "/root/", "/home/", "root:x:0:0",
                tmp.toString()))
            assertFalse(body.contains(leak), what + " leaks \"" + leak + "\": " + body);
    }

    @Test
    void malformedSparqlIs400WithTheParserMessage() throws Exception {
        RawHttp.Answer a = RawHttp.get(port, "/kg/sparql?query=" + q("SELECT * WHERE { ?s ?p "), "application/sparql-results+json");
        assertEquals(400, a.status());
        assertTrue(a.body().contains("Parse error") && a.body().contains("line 1"), a.body());
        assertClean("malformed query", a);
        RawHttp.Answer post = RawHttp.send(port, "POST", "/kg/sparql", "Content-Type: application/sparql-query\r\n",
                "SELEKT ?x".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, post.status());
        assertTrue(post.body().contains("Encountered"), post.body());
    }

    @Test
    void longQueriesAnswerOrAre414AndHugeBodiesAre413() throws Exception {
        String padded100k = "# " + "x".repeat(100_000) + "\n" + PEOPLE;
        RawHttp.Answer a = RawHttp.get(port, "/kg/sparql?query=" + q(padded100k), "text/csv");
        assertTrue(a.status() == 200 || a.status() == 414, "100 KB GET: " + a.status());
        if (a.status() == 200)
            assertTrue(a.body().contains("/id/person/"), "a proper answer");
        assertClean("100 KB GET", a);
        RawHttp.Answer mega = RawHttp.get(port, "/kg/sparql?query=" + q("# " + "x".repeat(1_000_000) + "\n" + PEOPLE), "text/csv");
        assertTrue(mega.status() == 200 || mega.status() == 414, "1 MB GET: " + mega.status());
        assertClean("1 MB GET", mega);

        byte[] body5m = ("# " + "x".repeat(5_000_000) + "\n" + PEOPLE).getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer five = RawHttp.send(port, "POST", "/kg/sparql", "Content-Type: application/sparql-query\r\nAccept: text/csv\r\n", body5m);
        assertEquals(200, five.status(), "a 5 MB query is under the limit");
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) '#');
        for (String type : List.of("application/sparql-query", "application/x-www-form-urlencoded", "text/turtle")) {
            RawHttp.Answer big = RawHttp.send(port, "POST", "/kg/sparql", "Content-Type: " + type + "\r\n", huge);
            assertEquals(413, big.status(), "20 MB " + type + " body: " + big.head());
            assertClean("20 MB body", big);
        }
    }

    @Test
    void unsupportedAcceptIs406() throws Exception {
        for (String target : List.of("/kg/sparql?query=" + q(PEOPLE), "/kg?query=" + q(PEOPLE),
                "/kg/sparql?query=" + q("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"), "/kg/get?default")) {
            RawHttp.Answer a = RawHttp.get(port, target, "application/x-nonsense");
            assertEquals(406, a.status(), target + ": " + a.body());
            assertTrue(a.body().contains("application/sparql-results+json") || a.body().contains("text/turtle"), a.body());
            assertClean("406", a);
        }
        assertEquals(200, RawHttp.get(port, "/kg/sparql?query=" + q(PEOPLE), "application/sparql-results+json;q=0.9, */*;q=0.1").status());
        assertEquals(200, RawHttp.get(port, "/kg/sparql?query=" + q(PEOPLE) + "&format=json", "application/x-nonsense").status(),
                "a format parameter (SPARQLWrapper's) overrides Accept");
        assertEquals(200, RawHttp.get(port, "/kg/get?default", "text/turtle").status());
    }

    /** Every path family (dataset, linked data, catalogue, admin, UI) with traversal and odd encodings. */
    @Test
    void traversalAndOddEncodingsNeverGive5xxOrLeaks() throws Exception {
        List<String> prefixes = List.of("/kg", "/kg/sparql", "/kg/get", "/id", "/id/person", "/doc", "/doc/person",
                "/dump", "/ontology", "/queries", "/$", "/.well-known", "");
        List<String> tails = List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                "/%252e%252e/etc/passwd", "/%00", "/x%00.ttl", "/%c0%ae%c0%ae/%c0%af", "/%ff%fe", "/..;/..;/etc/passwd",
                "/%5c..%5c..%5cetc%5cpasswd", "/" + "a".repeat(10_000), "/%zz", "?query=%zz", "?query=%c0%af",
                "?graph=%00", "?graph=../../etc/passwd", "?graph=file:///etc/passwd", "?format=%00", "/mark-rutte%00",
                "/%E2%80%AE%3Cscript%3E", "?query=" + q("SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }"),
                "?query=" + q("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"));
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (String prefix : prefixes)
            for (String tail : tails) {
                String target = prefix + tail;
                if (!target.startsWith("/"))
                    target = "/" + target;
                for (String accept : List.of("text/html", "*/*")) {
                    tried++;
                    try {
                        assertClean(target + " (" + accept + ")", RawHttp.get(port, target, accept));
                    } catch (AssertionError e) {
                        failures.add(e.getMessage().lines().findFirst().orElse(""));
                    }
                }
            }
        assertEquals(List.of(), failures, failures.size() + " of " + tried + " requests");
        assertEquals(200, RawHttp.get(port, "/$/ping", null).status(), "the server is still up");
    }

    @Test
    void oddMethodsAndHeaders() throws Exception {
        for (String method : List.of("TRACE", "DELETE", "PATCH", "PROPFIND", "OPTIONS", "HEAD"))
            assertClean(method, RawHttp.send(port, method, "/kg/sparql", "", null));
        assertClean("10 KB Accept", RawHttp.get(port, "/kg/sparql?query=" + q(PEOPLE), "text/" + "x".repeat(10_000)));
        assertClean("malformed Accept", RawHttp.get(port, "/kg/sparql?query=" + q(PEOPLE), ";;;,,,q=abc"));
        assertClean("bad Content-Type", RawHttp.send(port, "POST", "/kg/sparql", "Content-Type: ;;;\r\n", "x".getBytes()));
        assertClean("bad form", RawHttp.send(port, "POST", "/kg/sparql", "Content-Type: application/x-www-form-urlencoded\r\n",
                "query=%zz%".getBytes()));
    }

    /**
     * After refusing a request whose body it did not read, the server closes the connection; it
     * must say so, or a pooling client (java.net.http, which Jena's own RDFConnection uses) sends
     * the next request on the dead connection and fails.
     */
    @Test
    void aPooledClientSurvivesRefusedWritesWithBigBodies() throws Exception {
        HttpClient pooled = HttpClient.newHttpClient();
        String body = "x".repeat(2_000_000);
        int failures = 0;
        for (int i = 0; i < 20; i++) {
            String[] write = i % 2 == 0 ? new String[] {"PUT", "/kg/get?default", "text/turtle"}
                    : new String[] {"POST", "/kg/sparql", "application/sparql-update"};
            HttpResponse<String> refused = pooled.send(HttpRequest.newBuilder(URI.create(server.base() + write[1]))
                    .header("Content-Type", write[2]).method(write[0], HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, write[1] + ": " + refused.statusCode());
            try {
                HttpResponse<String> next = pooled.send(HttpRequest.newBuilder(URI.create(server.base() + "/kg/sparql"))
                        .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString("ASK {}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, next.statusCode());
            } catch (java.io.IOException e) {
                failures++;
            }
        }
        assertEquals(0, failures, "requests that failed after a refused write on a pooled connection");
    }
}
