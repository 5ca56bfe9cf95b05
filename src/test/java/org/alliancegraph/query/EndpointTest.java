package org.alliancegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.ConnectionRecorder;
import org.alliancegraph.TestSupport;
import org.alliancegraph.federation.ServiceAllowList;
import org.alliancegraph.store.KnowledgeStore;
import org.alliancegraph.store.StoreConfig;

/**
 * Over real HTTP: the published catalogue, result formats, and outbound SERVICE limited to the
 * allow-list — joined with an allowed stand-in endpoint, refused elsewhere without a connection.
 */
class EndpointTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A few Wikidata-shaped triples (ids checked in NOTES.md); a stand-in, not Wikidata itself. */
    static final String WIKIDATA_STAND_IN = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            wd:Q3874799 wdt:P27 wd:Q212 .
            wd:Q7747 wdt:P27 wd:Q159 .
            wd:Q212 rdfs:label "Ukraine"@en .
            wd:Q159 rdfs:label "Russia"@en .
            """;
    static final String PLEDGES = "PREFIX ag: <https://w3id.org/alliancegraph/ontology#> SELECT ?p WHERE { ?p a ag:Pledge } ORDER BY ?p";

    @TempDir static Path data;
    @TempDir static Path configDir;
    static FusekiServer standIn;
    static FusekiServer server;
    static String base;
    static String standInEndpoint;

    @BeforeAll
    static void start() throws IOException {
        DatasetGraph wikidata = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(WIKIDATA_STAND_IN, Lang.TURTLE).parse(wikidata);
        standIn = FusekiServer.create().port(0).loopback(true).add("wikidata", wikidata).build().start();
        standInEndpoint = "http://localhost:" + standIn.getHttpPort() + "/wikidata/sparql";

        KnowledgeStore store = TestSupport.seededStore(data);
        Path config = configAllowing(standInEndpoint);
        server = TestSupport.startServer(store.directory(), TestSupport.URIS, 0, config);
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    /** Our configuration file with {@code endpoint} as the only allowed SERVICE. */
    static Path configAllowing(String endpoint) throws IOException {
        Model config = StoreConfig.read(TestSupport.ROOT.resolve(StoreConfig.DEFAULT_CONFIG));
        Property name = config.createProperty("http://jena.hpl.hp.com/2005/11/Assembler#cxtName");
        Property value = config.createProperty("http://jena.hpl.hp.com/2005/11/Assembler#cxtValue");
        var setting = config.listSubjectsWithProperty(name, ServiceAllowList.SYMBOL_NAME).next();
        assertEquals("", setting.getProperty(value).getString(), "the shipped allow-list is empty");
        setting.removeAll(value).addProperty(value, endpoint);
        Path file = configDir.resolve("alliancegraph.ttl");
        try (var out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, config, Lang.TURTLE);
        }
        return file;
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        if (standIn != null)
            standIn.stop();
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
        if (accept != null)
            request.header("Accept", accept);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    // ---- the published catalogue

    @Test
    void catalogueHtmlListsEveryQueryWithTextAndUiLink() throws Exception {
        HttpResponse<String> r = get("/queries", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        for (CatalogueQuery query : QueryCatalogue.load().all()) {
            assertTrue(html.contains("<h2>" + query.title() + "</h2>"), query.name());
            assertTrue(html.contains("href=\"queries/" + query.name() + ".rq\""), query.name());
            assertTrue(html.contains("/#/dataset/kg/query?query=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8).replace("+", "%20")),
                    "UI link for " + query.name());
        }
        // query texts are escaped, not markup
        assertTrue(html.contains("&lt;https://w3id.org/alliancegraph/ontology#&gt;"));
        assertFalse(html.contains("<https://w3id.org"));
    }

    @Test
    void rawQueryFilesAreServedAsInTheRepository() throws Exception {
        HttpResponse<String> r = get("/queries/pledges.rq", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-query"));
        assertEquals(Files.readString(TestSupport.ROOT.resolve("queries/pledges.rq")), r.body());
        HttpResponse<String> missing = get("/queries/no-such-query.rq", null);
        assertEquals(404, missing.statusCode());
        assertFalse(missing.body().contains("Exception"));
    }

    // ---- result formats

    @Test
    void resultsInJsonXmlCsvAndTsvByAccept() throws Exception {
        String path = "/kg/sparql?query=" + q(PLEDGES);
        List<String> json = pledges(get(path, "application/sparql-results+json"), "application/sparql-results+json");
        assertFalse(json.isEmpty());
        assertEquals(json, pledges(get(path, "application/sparql-results+xml"), "application/sparql-results+xml"));
        assertEquals(json, pledges(get(path, "text/csv"), "text/csv"));
        assertEquals(json, pledges(get(path, "text/tab-separated-values"), "text/tab-separated-values"));
    }

    @Test
    void extraClientParametersAreTolerated() throws Exception {
        // SPARQLWrapper 1.8.5 appends these to every request
        String path = "/kg/sparql?query=" + q(PLEDGES) + "&format=json&output=json&results=json";
        List<String> expected = pledges(get("/kg/sparql?query=" + q(PLEDGES), "application/sparql-results+json"),
                "application/sparql-results+json");
        assertEquals(expected, pledges(get(path, "application/sparql-results+json"), "application/sparql-results+json"));
        // the same by POST (form-encoded), as SPARQLWrapper does with setMethod(POST)
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + q(PLEDGES) + "&format=json&output=json&results=json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, pledges(post, "application/sparql-results+json"));
        // Fuseki also reads output=/format= as the wanted format: csv, tsv, xml
        assertEquals(expected, pledges(get("/kg/sparql?query=" + q(PLEDGES) + "&output=csv", "*/*"), "text/csv"));
        assertEquals(expected, pledges(get("/kg/sparql?query=" + q(PLEDGES) + "&format=tsv&results=tsv", "*/*"), "text/tab-separated-values"));
        assertEquals(expected, pledges(get("/kg/sparql?query=" + q(PLEDGES) + "&format=xml", "*/*"), "application/sparql-results+xml"));
    }

    /** The ?p column of a pledges answer, after checking status and content type. */
    static List<String> pledges(HttpResponse<String> r, String contentType) {
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(contentType),
                () -> r.headers().firstValue("Content-Type") + " for " + contentType);
        List<String> values = new ArrayList<>();
        if (contentType.equals("text/csv")) {
            r.body().lines().skip(1).forEach(values::add);
            return values;
        }
        Lang lang = switch (contentType) {
            case "application/sparql-results+json" -> org.apache.jena.riot.resultset.ResultSetLang.RS_JSON;
            case "application/sparql-results+xml" -> org.apache.jena.riot.resultset.ResultSetLang.RS_XML;
            default -> org.apache.jena.riot.resultset.ResultSetLang.RS_TSV;
        };
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
        rs.forEachRemaining(s -> values.add(s.getResource("p").getURI()));
        return values;
    }

    // ---- outbound SERVICE

    @Test
    void allowedEndpointIsJoinedWithOurData() throws Exception {
        // the catalogue's federated query, pointed at the stand-in through its ?endpoint parameter
        ParameterizedSparqlString query = QueryCatalogue.load().get("wikidata-federation").parameterized();
        query.setIri("endpoint", standInEndpoint);
        HttpResponse<String> r = get("/kg/sparql?query=" + q(query.toString()), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r::body);
        List<String> rows = new ArrayList<>();
        ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                .forEachRemaining((QuerySolution s) -> rows.add(s.getLiteral("name").getString() + " | "
                        + s.getResource("property").getLocalName() + " | " + s.getResource("value").getURI() + " | "
                        + s.getLiteral("valueLabel").getString()));
        // our names (from the articles) joined with the stand-in's citizenship facts via owl:sameAs
        assertEquals(List.of(
                "Vladimir Putin | P27 | http://www.wikidata.org/entity/Q159 | Russia",
                "Volodymyr Zelenskyy | P27 | http://www.wikidata.org/entity/Q212 | Ukraine"), rows);
    }

    @Test
    void refusedEndpointGetsAClearErrorAndNoRequest() throws Exception {
        try (ConnectionRecorder listener = new ConnectionRecorder()) {
            for (String refused : List.of("http://169.254.169.254/sparql",
                    "http://127.0.0.1:" + listener.port() + "/sparql")) {
                String query = "SELECT * WHERE { SERVICE <" + refused + "> { ?s ?p ?o } }";
                HttpResponse<String> r = get("/kg/sparql?query=" + q(query), "application/sparql-results+json");
                assertEquals(422, r.statusCode(), r::body);
                assertTrue(r.body().contains("SERVICE <" + refused + "> is not allowed"), r::body);
                assertFalse(r.body().contains("at org."), "no stack trace");
            }
            Thread.sleep(300);
            assertEquals(0, listener.connections(), "no request reached the refused endpoint");
            // the same listener, reached directly, does count: the check above can see a connection
            new Socket("127.0.0.1", listener.port()).close();
            long deadline = System.currentTimeMillis() + 5000;
            while (listener.connections() == 0 && System.currentTimeMillis() < deadline)
                Thread.sleep(20);
            assertEquals(1, listener.connections());
        }
    }

    @Test
    void shippedConfigurationAllowsNoService() {
        Model config = StoreConfig.read(TestSupport.ROOT.resolve(StoreConfig.DEFAULT_CONFIG));
        assertEquals("", ServiceAllowList.configure(config, StoreConfig.servedDataset(config)));
        // and the stock-Fuseki switch is off in the file itself
        Model raw = RDFParser.source(TestSupport.ROOT.resolve(StoreConfig.DEFAULT_CONFIG)).lang(Lang.TURTLE).toModel();
        Property name = raw.createProperty("http://jena.hpl.hp.com/2005/11/Assembler#cxtName");
        Property value = raw.createProperty("http://jena.hpl.hp.com/2005/11/Assembler#cxtValue");
        var setting = raw.listSubjectsWithProperty(name, "arq:httpServiceAllowed").next();
        assertEquals("false", setting.getProperty(value).getString());
    }
}
