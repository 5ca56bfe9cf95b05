package org.alliancegraph.reliability;

import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;

import org.alliancegraph.TestSupport;
import org.alliancegraph.store.KnowledgeStore;

/**
 * The real server on a free port of 127.0.0.1, from the shipped configuration with one change:
 * queries time out after {@code timeoutMillis}. The server opens the data directory first, so
 * the dataset this JVM shares for that directory carries the short timeout; the store handed
 * back is that same dataset, for loading while serving.
 */
record TestServer(FusekiServer server, KnowledgeStore store, int port) implements AutoCloseable {
    static TestServer start(Path tmp, long timeoutMillis) {
        Path configFile = TestConfig.withQueryTimeout(tmp.resolve("config"), timeoutMillis);
        Path data = tmp.resolve("data");
        FusekiServer server = TestSupport.startServer(data, TestSupport.URIS, 0, configFile);
        return new TestServer(server, KnowledgeStore.open(data, TestSupport.URIS), server.getHttpPort());
    }

    String base() { return "http://127.0.0.1:" + port; }

    @Override
    public void close() { server.stop(); }
}
