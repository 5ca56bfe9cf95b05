package org.alliancegraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;

import org.alliancegraph.TestSupport;
import org.alliancegraph.server.AllianceGraphServer;
import org.alliancegraph.store.KnowledgeStore;

/**
 * The real server on a free port of 127.0.0.1, from the shipped configuration with one change:
 * queries time out after {@code timeoutMillis}. The server opens the data directory first, so
 * the dataset this JVM shares for that directory carries the short timeout; the store handed
 * back is that same dataset, for loading while serving.
 */
record TestServer(FusekiServer server, KnowledgeStore store, int port) implements AutoCloseable {
    static TestServer start(Path tmp, long timeoutMillis) {
        try {
            Path configDir = Files.createDirectories(tmp.resolve("config"));
            String config = Files.readString(TestSupport.ROOT.resolve(AllianceGraphServer.DEFAULT_CONFIG))
                    .replace("ja:cxtValue \"30000\"", "ja:cxtValue \"" + timeoutMillis + "\"");
            if (!config.contains("\"" + timeoutMillis + "\""))
                throw new AssertionError("the shipped configuration no longer sets arq:queryTimeout to 30000");
            Path configFile = Files.writeString(configDir.resolve("alliancegraph.ttl"), config);
            Files.copy(TestSupport.ROOT.resolve("fuseki-config/cors.properties"), configDir.resolve("cors.properties"));
            Path data = tmp.resolve("data");
            FusekiServer server = TestSupport.startServer(data, TestSupport.URIS, 0, configFile);
            return new TestServer(server, KnowledgeStore.open(data, TestSupport.URIS), server.getHttpPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() { return "http://127.0.0.1:" + port; }

    @Override
    public void close() { server.stop(); }
}
