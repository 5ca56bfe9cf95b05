package org.alliancegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;
import org.alliancegraph.store.KnowledgeStore;

/** The real server on a free port, over real HTTP. */
class ServerTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String PEOPLE = """
            PREFIX ag: <https://w3id.org/alliancegraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?person ?name WHERE { ?person a ag:Person ; rdfs:label ?name } ORDER BY ?name""";

    @TempDir static Path data;
    static FusekiServer server;
    static String base;

    @BeforeAll
    static void start() {
        KnowledgeStore store = TestSupport.seededStore(data);
        server = TestSupport.startServer(store.directory());
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A client with its own connection: Jetty closes a connection after refusing a request whose
     * body it did not read, and a pooled client would then fail on its next request.
     */
    static HttpClient fresh() { return HttpClient.newHttpClient(); }

    static String q(String query) { return URLEncoder.encode(query, StandardCharsets.UTF_8); }

    @Test
    void sparqlAnswersInJson() throws Exception {
        HttpResponse<String> r = get("/kg/sparql?query=" + q(PEOPLE), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        List<String> names = new java.util.ArrayList<>();
        rs.forEachRemaining(s -> names.add(s.getLiteral("name").getString()));
        assertEquals(List.of("Andrii Sybiha", "Donald Trump", "Gary Raynaldo", "Jens Stoltenberg", "Mark Rutte",
                "Vladimir Putin", "Volodymyr Zelenskyy"), names, "each person of the seeds, once");
    }

    @Test
    void sparqlAnswersInCsvAndByPost() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "PREFIX ag: <https://w3id.org/alliancegraph/ontology#> SELECT (COUNT(?a) AS ?articles) WHERE { ?a a ag:Article }"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("articles\r\n5\r\n", r.body());
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() throws Exception {
        String ask = "ASK { <http://localhost:3030/id/person/mark-rutte> <http://www.w3.org/2002/07/owl#sameAs> ?wd ; "
                + "<https://w3id.org/alliancegraph/ontology#mentionedIn> ?a }";
        HttpResponse<String> r = get("/kg/sparql?query=" + q(ask), "application/sparql-results+json");
        assertTrue(r.body().contains("true"), r.body());
    }

    @Test
    void graphStoreReadGivesAnArticleGraph() throws Exception {
        String graph = q(TestSupport.URIS.articleGraph("001_f6d04f62d38808dd"));
        HttpResponse<String> r = get("/kg/get?graph=" + graph, "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Gary Raynaldo"), "the byline's author is in 001's graph");
    }

    @Test
    void malformedQueryIs400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = get("/kg/sparql?query=" + q("SELECT * WHERE { ?s ?p "), "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error"), r.body());
    }

    @Test
    void updatesAndGraphWritesAreRefusedWithoutAuthentication() throws Exception {
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        for (String path : List.of("/kg/update", "/kg/sparql", "/kg")) {
            HttpResponse<String> r = fresh().send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " answered " + r.statusCode());
        }
        for (String path : List.of("/kg/get?default", "/kg?default")) {
            HttpResponse<String> r = fresh().send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, r.statusCode(), path);
        }
        HttpResponse<String> check = get("/kg/sparql?query=" + q("ASK { <urn:x:s> ?p ?o }"), "application/sparql-results+json");
        assertTrue(check.body().contains("false"), "nothing was written");
    }

    @Test
    void corsAllowsReadingButNeverCredentials() throws Exception {
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .header("Origin", "http://notebook.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + q("ASK {}")))
                .header("Origin", "http://notebook.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        for (HttpResponse<String> resp : List.of(preflight, r))
            assertTrue(resp.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(),
                    "no Access-Control-Allow-Credentials header");
    }

    @Test
    void queryUiPingStatsAndServerStatus() throws Exception {
        HttpResponse<String> ui = get("/", "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"), "the Fuseki UI's page");
        assertEquals(200, get("/$/ping", "*/*").statusCode());
        HttpResponse<String> stats = get("/$/stats", "application/json");
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("/kg"));
        HttpResponse<String> status = get("/$/server", "application/json");
        assertTrue(status.body().contains("\"ds.name\" : \"/kg\""), status.body());
        // The admin API (dataset creation, backups) is not there.
        HttpResponse<String> create = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/$/datasets?dbName=x&dbType=mem"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(create.statusCode() == 404 || create.statusCode() == 405, "admin API answered " + create.statusCode());
        assertFalse(get("/$/server", "application/json").body().contains("\"/x\""), "no dataset was created");
    }

    @Test
    void bindsOnlyTheAddressAskedFor() {
        var connector = (org.eclipse.jetty.server.ServerConnector) server.getJettyServer().getConnectors()[0];
        assertEquals("127.0.0.1", connector.getHost());
    }

    @Test
    void updateWithTheAuthConfigNeedsCredentials(@TempDir Path tmp) throws Exception {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "admin: s3cret\n");
        String config = Files.readString(TestSupport.ROOT.resolve("fuseki-config/alliancegraph-update.ttl"))
                .replace("\"fuseki-config/passwd\"", "\"" + passwd.toAbsolutePath() + "\"");
        Path configFile = tmp.resolve("update.ttl");
        Files.writeString(configFile, config);
        // A separate store: two servers on one TDB2 location in one JVM would share it anyway.
        KnowledgeStore store = KnowledgeStore.open(tmp.resolve("data"), TestSupport.URIS);
        FusekiServer authServer = TestSupport.startServer(store.directory(), TestSupport.URIS, 0, configFile);
        try {
            String url = "http://127.0.0.1:" + authServer.getHttpPort() + "/kg/update";
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }"));
            assertEquals(401, fresh().send(req.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            String wrong = Base64.getEncoder().encodeToString("admin:guess".getBytes(StandardCharsets.UTF_8));
            assertEquals(401, fresh().send(req.copy().header("Authorization", "Basic " + wrong).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            String right = Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));
            int ok = fresh().send(req.copy().header("Authorization", "Basic " + right).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(ok == 200 || ok == 204, "with credentials: " + ok);
            String ask = "http://127.0.0.1:" + authServer.getHttpPort() + "/kg/sparql?query=" + q("ASK { <urn:x:s> ?p ?o }");
            HttpResponse<String> r = fresh().send(HttpRequest.newBuilder(URI.create(ask)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.body().contains("true"), "anonymous queries still work and see the update");
        } finally {
            authServer.stop();
        }
    }
}
