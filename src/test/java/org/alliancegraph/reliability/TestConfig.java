package org.alliancegraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alliancegraph.TestSupport;
import org.alliancegraph.server.AllianceGraphServer;

/** The shipped server configuration with one change: the query timeout. */
final class TestConfig {
    private TestConfig() {}

    /** Writes the configuration (and the CORS file beside it) into {@code dir}; returns the configuration file. */
    static Path withQueryTimeout(Path dir, long timeoutMillis) {
        try {
            Files.createDirectories(dir);
            String config = Files.readString(TestSupport.ROOT.resolve(AllianceGraphServer.DEFAULT_CONFIG))
                    .replace("ja:cxtValue \"30000\"", "ja:cxtValue \"" + timeoutMillis + "\"");
            if (!config.contains("\"" + timeoutMillis + "\""))
                throw new AssertionError("the shipped configuration no longer sets arq:queryTimeout to 30000");
            Files.copy(TestSupport.ROOT.resolve("fuseki-config/" + AllianceGraphServer.CORS_FILE), dir.resolve(AllianceGraphServer.CORS_FILE));
            return Files.writeString(dir.resolve("alliancegraph.ttl"), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
