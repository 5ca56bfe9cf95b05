package org.alliancegraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;

/**
 * The real {@code serve} command in its own JVM with a small heap, from a configuration file
 * (given with {@code --config}) whose query timeout is {@value #TIMEOUT_MS} ms: that file's timeout
 * applies, and a query whose sort would need far more memory than the heap (every row of a
 * cartesian product over the seeded store, about 6 million) ends at the timeout with a clear error
 * instead of an OutOfMemoryError, while other clients are served and the server lives on.
 */
class ServeLimitsTest {
    /** Long enough for the sort to fill {@value #HEAP} when it does not spill (it did: 500 "Java heap space"); far from the shipped 30 s. */
    static final long TIMEOUT_MS = 10_000;
    static final String HEAP = "96m";
    static final String SORTED_CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f";
    static final String COUNTED_CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String SIMPLE = "ASK { ?s ?p ?o }";

    @TempDir static Path tmp;
    /** The server's java.io.tmpdir, where ARQ spills sorted runs ({@code DataBag-*.tmp}). */
    static Path spillDir;
    static CliProcess serve;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        Path config = TestConfig.withQueryTimeout(tmp.resolve("config"), TIMEOUT_MS);
        spillDir = Files.createDirectories(tmp.resolve("spill"));
        serve = CliProcess.startWithJvmOptions(tmp, List.of("-Xmx" + HEAP, "-Djava.io.tmpdir=" + spillDir),
                "serve", "--port", "0", "--config", config.toString(),
                "--data", tmp.resolve("data").toString(), "--seeds", TestSupport.SEEDS.toString());
        port = serve.awaitServing(Duration.ofMinutes(3)).port();
    }

    @AfterAll
    static void stop() throws Exception {
        if (serve != null)
            serve.close();
    }

    /** Before: serve opened the store from the default file first, and the shared dataset kept its 30 s. */
    @Test
    void theTimeoutOfTheGivenConfigurationApplies() throws Exception {
        long start = System.nanoTime();
        RawHttp.Answer answer = RawHttp.sparql(port, COUNTED_CARTESIAN);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        QueryAbuseTest.assertTimedOut(answer, COUNTED_CARTESIAN + " → " + answer.status() + " " + answer.body());
        assertTrue(took.toMillis() >= TIMEOUT_MS * 3 / 4, "it ran until the timeout: " + took);
        assertTrue(took.toMillis() < 25_000, "it stopped at the file's " + TIMEOUT_MS + " ms, not the default 30 s: " + took);
    }

    private static int spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(spillDir)) {
            return (int) files.filter(f -> f.getFileName().toString().startsWith("DataBag-")).count();
        }
    }

    /** Before: the sort held every row in memory; the heap filled long before the timeout and the JVM threw OutOfMemoryError. */
    @Test
    void sortingACartesianProductEndsAtTheTimeoutWithoutExhaustingTheHeap() throws Exception {
        AtomicInteger mostSpillFiles = new AtomicInteger();
        Contention.Outcome run = Contention.run(() -> RawHttp.sparql(port, SORTED_CARTESIAN), () -> {
            mostSpillFiles.accumulateAndGet(spillFiles(), Math::max);
            return RawHttp.sparql(port, SIMPLE);
        }, 2);
        String what = SORTED_CARTESIAN + " → " + run.slow().status() + " " + run.slow().body() + "\nserver log:\n" + serve.tail();
        QueryAbuseTest.assertTimedOut(run.slow(), what);
        assertTrue(run.slowNanos() < Duration.ofMillis(TIMEOUT_MS + 30_000).toNanos(), "it stopped near the timeout: " + what);
        assertFalse(serve.log().contains("OutOfMemoryError"), "no OutOfMemoryError: " + what);
        assertEquals(0, run.failed(), "other clients' failures: " + what);
        assertTrue(run.answeredBeforeSlowEnded(), "another client was answered while the sort ran: " + what);
        assertTrue(mostSpillFiles.get() > 0, "the sort spilled to disk");
        // The timeout's thread deletes them as it cancels the sort, maybe just after the answer went out.
        for (long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos(); spillFiles() > 0 && System.nanoTime() < deadline; )
            Thread.sleep(100);
        assertEquals(0, spillFiles(), "the spill files were deleted when the query was stopped");

        assertTrue(serve.isAlive(), "the server lives on");
        long start = System.nanoTime();
        RawHttp.Answer after = RawHttp.sparql(port, SIMPLE);
        assertEquals(200, after.status(), after.body());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "answered promptly after the sort was stopped");
    }
}
