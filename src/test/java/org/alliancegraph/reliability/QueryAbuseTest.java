package org.alliancegraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.ConnectionRecorder;
import org.alliancegraph.TestSupport;
import org.alliancegraph.store.Loader;

/**
 * Abuse: pathological queries on a server whose query timeout is 2 s end with a clear timeout
 * error while other clients are still answered; SERVICE cannot reach what the allow-list does not
 * list, in any spelling; {@code serve} binds loopback unless told otherwise.
 */
class QueryAbuseTest {
    static final long TIMEOUT_MS = 2000;
    static final String SIMPLE = "PREFIX ag: <https://w3id.org/alliancegraph/ontology#> SELECT ?a WHERE { ?a a ag:Article } LIMIT 3";
    static final List<String> PATHOLOGICAL = List.of(
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s (<urn:x:p>|!<urn:x:p>)* ?o . ?o (<urn:x:p>|!<urn:x:p>)* ?z }",
            ServeLimitsTest.SORTED_CARTESIAN);
    @TempDir static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(tmp, TIMEOUT_MS);
        List<Path> files = new ArrayList<>(TestSupport.seedFiles());
        files.addAll(GeneratedArticles.write(tmp.resolve("articles"), 40));
        assertTrue(new Loader(server.store(), TestSupport.extractor()).load(files, false).ok());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    static RawHttp.Answer query(String q) throws Exception {
        return RawHttp.sparql(server.port(), q);
    }

    @Test
    void pathologicalQueriesStopAtTheTimeoutWhileOthersAreServed() throws Exception {
        for (String pathological : PATHOLOGICAL) {
            // Four other clients keep asking simple queries while the pathological one runs.
            Contention.Outcome run = Contention.run(() -> query(pathological), () -> query(SIMPLE), 4);
            String what = pathological + " → " + run.slow().status() + " " + run.slow().body();
            assertTimedOut(run.slow(), what);
            assertTrue(run.slowNanos() >= Duration.ofMillis(TIMEOUT_MS).toNanos() * 3 / 4, "it ran until the timeout: " + what);
            assertEquals(0, run.failed(), "other clients' failures during " + pathological);
            assertTrue(run.answered() > 0 && run.answeredBeforeSlowEnded(),
                    "another client was answered before the pathological query ended: " + pathological);
        }
    }

    /** Fuseki's answer to a query stopped by the timeout: 503 saying so, no stack trace. */
    static void assertTimedOut(RawHttp.Answer answer, String what) {
        assertEquals(503, answer.status(), what);
        assertTrue(answer.body().toLowerCase().contains("timeout") || answer.body().toLowerCase().contains("timed out"), what);
        assertFalse(answer.body().contains("\tat "), "no stack trace: " + what);
    }

    /**
     * ARQ skips OFFSET rows while building the plan, where the timeout cannot reach (measured: a
     * 2 s timeout, OFFSET 10^12 over a 64-million-row join held the server 47 s and answered 200
     * with no rows). So a huge OFFSET is refused at once, in GET, POST and sub-queries.
     */
    @Test
    void hugeOffsetIsRefusedAtOnce() throws Exception {
        String join = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ";
        for (String q : List.of(join + "OFFSET 1000000000000 LIMIT 1",
                "SELECT * WHERE { { " + join + "OFFSET 99999999999 } } LIMIT 1")) {
            RawHttp.Answer get = query(q);
            assertEquals(400, get.status(), get.body());
            assertTrue(get.body().contains("OFFSET larger than"), get.body());
            RawHttp.Answer post = RawHttp.send(server.port(), "POST", "/kg/sparql",
                    "Content-Type: application/sparql-query\r\n", q.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, post.status(), post.body());
        }
        RawHttp.Answer small = RawHttp.send(server.port(), "POST", "/kg/sparql",
                "Content-Type: application/sparql-query\r\nAccept: text/csv\r\n", (SIMPLE + " OFFSET 1").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, small.status(), "a query read by the guard still reaches Fuseki whole: " + small.body());
        assertEquals(4, small.body().lines().count(), "header and three rows (LIMIT 3): " + small.body());
    }

    /** SERVICE to anything not on the (empty) allow-list is refused before any connection, however it is spelt. */
    @Test
    void serviceHoldsToTheAllowListInEverySpelling() throws Exception {
        try (ConnectionRecorder listener = new ConnectionRecorder()) {
            String target = "http://127.0.0.1:" + listener.port() + "/sparql";
            for (String q : List.of(
                    "SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { SERVICE SILENT <" + target + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { VALUES ?e { <" + target + "> } SERVICE ?e { ?s ?p ?o } }",
                    "SELECT * WHERE { BIND(IRI(\"" + target + "\") AS ?e) SERVICE ?e { ?s ?p ?o } }",
                    "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
                    "SELECT * WHERE { SERVICE <" + target.replace("127.0.0.1", "localhost") + "> { ?s ?p ?o } }",
                    "SELECT * FROM <" + target + "> WHERE { ?s ?p ?o } LIMIT 1",
                    "SELECT * FROM NAMED <" + target + "> WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1")) {
                RawHttp.Answer a = query(q);
                assertTrue(a.status() < 500, q + " → " + a.status() + " " + a.body());
                assertFalse(a.body().contains("\tat ") || a.body().contains("/etc/passwd:"), q + " → " + a.body());
            }
            Thread.sleep(300);
            assertEquals(0, listener.connections(), "no SERVICE or FROM request left the server");
        }
    }

    /** {@code serve} without --host listens on 127.0.0.1 only: another address of this machine is refused. */
    @Test
    void serveBindsLoopbackByDefault() throws Exception {
        try (CliProcess serve = CliProcess.start(tmp, "serve", "--port", "0", "--data", tmp.resolve("serve-data").toString(),
                "--seeds", TestSupport.SEEDS.toString())) {
            CliProcess.Listening listening = serve.awaitServing(Duration.ofMinutes(3));
            assertEquals("127.0.0.1", listening.host());
            int port = listening.port();
            new Socket("127.0.0.1", port).close();
            InetAddress other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst().orElse(null);
            if (other != null) {
                boolean refused;
                try (Socket s = new Socket(other, port)) {
                    refused = false;
                } catch (java.io.IOException e) {
                    refused = true;
                }
                assertTrue(refused, "port " + port + " answered on " + other);
            }
        }
    }
}
