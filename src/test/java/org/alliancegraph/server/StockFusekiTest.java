package org.alliancegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;

/**
 * CONTRACT §5: a stock Fuseki ({@code fuseki-server --config}, whose main class is
 * FusekiServerCmd) on the same configuration file and data directory serves the same data.
 * Both run as separate processes, as an operator would run them.
 */
class StockFusekiTest {

    @Test
    void stockFusekiServesTheStoreOurLoaderWrote(@TempDir Path workDir) throws Exception {
        // Our CLI loads the seeds into ./data (the location the config file names)...
        Process load = java(workDir, "load", List.of("org.alliancegraph.cli.Main", "load", "--data", "data",
                TestSupport.SEEDS.toString()));
        assertTrue(load.waitFor(120, TimeUnit.SECONDS), "load finished");
        assertEquals(0, load.exitValue(), () -> log(workDir, "load"));

        // ...and the stock server reads the unchanged config file from the same working directory.
        int port = freePort();
        Path config = TestSupport.ROOT.resolve(AllianceGraphServer.DEFAULT_CONFIG);
        Process fuseki = java(workDir, "fuseki", List.of("org.apache.jena.fuseki.main.cmds.FusekiServerCmd",
                "--config", config.toString(), "--port", String.valueOf(port), "--localhost"));
        try {
            String query = "PREFIX ag: <https://w3id.org/alliancegraph/ontology#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a ag:Article }";
            String body = awaitAnswer("http://127.0.0.1:" + port + "/kg/sparql?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8), fuseki, workDir);
            assertEquals("n\r\n5\r\n", body);
        } finally {
            fuseki.destroy();
            fuseki.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Runs a main class on the test classpath in {@code workDir}; its output goes to {@code name}.log there. */
    private static Process java(Path workDir, String name, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve(name + ".log").toFile());
        pb.environment().put("FUSEKI_BASE", workDir.resolve("run").toString());
        return pb.start();
    }

    private static String log(Path workDir, String name) {
        try {
            return Files.readString(workDir.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static String awaitAnswer(String url, Process server, Path workDir) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive())
                throw new AssertionError("fuseki-server exited with " + server.exitValue() + ":\n" + log(workDir, "fuseki"));
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv")
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200)
                    return r.body();
            } catch (IOException notYetListening) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("fuseki-server did not answer within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
