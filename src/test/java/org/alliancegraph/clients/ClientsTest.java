package org.alliancegraph.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;
import org.alliancegraph.store.KnowledgeStore;

/**
 * Real clients against the real server, running the very examples of docs/using-alliancegraph.md
 * (docs/examples/, clients/comunica/). Needs .ci/install-clients.sh; run with -Pclients. A missing
 * client fails the test. Expected answers are facts of the seed texts.
 */
@Tag("clients")
class ClientsTest {
    static final Path EXAMPLES = TestSupport.ROOT.resolve("docs/examples");
    static final String PYTHON = "/usr/bin/python3"; // Debian's python, where python3-sparqlwrapper/-pandas install

    @TempDir static Path data;
    @TempDir static Path work;
    static FusekiServer server;
    static FusekiServer other;
    static String base;
    static String otherEndpoint;

    @BeforeAll
    static void start() {
        KnowledgeStore store = TestSupport.seededStore(data);
        server = TestSupport.startServer(store.directory());
        base = "http://127.0.0.1:" + server.getHttpPort();
        // a second, independent endpoint holding the examples' own data
        DatasetGraph local = DatasetGraphFactory.createTxnMem();
        RDFParser.source(EXAMPLES.resolve("local-data.ttl")).parse(local);
        other = FusekiServer.create().port(0).loopback(true).add("team", local).build().start();
        otherEndpoint = "http://localhost:" + other.getHttpPort() + "/team/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        if (other != null)
            other.stop();
    }

    @Test
    void sparqlWrapperGivesAPandasDataFrameOfPledges() throws Exception {
        List<String> rows = run(PYTHON, EXAMPLES.resolve("pledges_dataframe.py").toString(), base);
        assertEquals("donorName,recipientName,amount,currency,reports", rows.get(0));
        // 000/001/002: EUR 40 billion, three articles; 000: EUR 20.9 billion; 001: nearly $8 billion
        // from the United States; 004: Australia's M1A1 tanks (in kind, no amount)
        assertTrue(rows.contains("NATO,Ukraine,40000000000.0,EUR,3"), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("NATO,Ukraine,20900000000.0,EUR,")), rows::toString);
        assertTrue(rows.contains("United States,Ukraine,8000000000.0,USD,1"), rows::toString);
        assertTrue(rows.contains("Australia,Ukraine,,,1"), rows::toString);
    }

    @Test
    void csvReadStraightIntoPandas() throws Exception {
        List<String> rows = run(PYTHON, EXAMPLES.resolve("pledge_totals_csv.py").toString(), base);
        assertEquals("donorName,currency,total,pledges", rows.get(0));
        assertTrue(rows.contains("NATO,EUR,60900000000,2") || rows.contains("NATO,EUR,60900000000.0,2"), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.matches("United States,USD,8000000000(\\.0)?,1")), rows::toString);
    }

    @Test
    void curlGetsCsv() throws Exception {
        List<String> rows = run("bash", EXAMPLES.resolve("curl.sh").toString(), base);
        assertEquals("donorName,currency,total,pledges", rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("NATO,EUR,60900000000")), rows::toString);
    }

    @Test
    void jenaInAnotherProcessJoinsItsDataWithOursThroughService() throws Exception {
        // the example names the default endpoint; this run's server listens on a free port
        String example = Files.readString(EXAMPLES.resolve("jena-service.rq"));
        assertTrue(example.contains("SERVICE <http://localhost:3030/kg/sparql>"));
        Path query = work.resolve("jena-service.rq");
        Files.writeString(query, example.replace("http://localhost:3030/kg/sparql", base + "/kg/sparql"));
        List<String> rows = run(javaCommand(), "-cp", System.getProperty("java.class.path"), "arq.sparql",
                "--data", EXAMPLES.resolve("local-data.ttl").toString(), "--query", query.toString(), "--results", "CSV");
        assertEquals(List.of("donorName,region,amount,currency",
                "Australia,Oceania,,",
                "United States,North America,8000000000.0,USD"), rows);
    }

    @Test
    void comunicaFederatesOursWithASecondEndpoint() throws Exception {
        List<String> rows = run("node", TestSupport.ROOT.resolve("clients/comunica/federate.mjs").toString(),
                base + "/kg/sparql", otherEndpoint);
        assertEquals(List.of(
                "{\"donorName\":\"Australia\",\"region\":\"Oceania\"}",
                "{\"donorName\":\"United States\",\"region\":\"North America\"}"), rows);
    }

    static String javaCommand() { return ProcessHandle.current().info().command().orElse("java"); }

    /** Runs a client to completion; its standard output as lines. Fails on a non-zero exit. */
    static List<String> run(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(TestSupport.ROOT.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "client finished: " + String.join(" ", command));
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed:\n" + stderr);
        List<String> lines = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
        lines.removeIf(String::isBlank);
        System.out.println(String.join(" ", List.of(command).subList(0, Math.min(2, command.length))) + " … ->\n  " + String.join("\n  ", lines));
        return lines;
    }
}
