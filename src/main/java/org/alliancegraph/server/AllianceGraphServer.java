package org.alliancegraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.rdf.model.Model;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

import org.alliancegraph.federation.ServiceAllowList;
import org.alliancegraph.query.QueryCatalogueModule;
import org.alliancegraph.rdf.UriScheme;
import org.alliancegraph.server.guard.RequestGuardModule;
import org.alliancegraph.server.linkeddata.LinkedDataModule;
import org.alliancegraph.store.StoreConfig;

/**
 * Fuseki Main, configured from {@code fuseki-config/}: the assembler file defines the dataset and
 * its endpoints; this class only points it at the data directory (the same dataset object the
 * command line opened, see {@link StoreConfig}), binds host and port, turns on
 * CORS (without credentials) and adds the modules.
 */
public final class AllianceGraphServer {
    public static final String DEFAULT_CONFIG = StoreConfig.DEFAULT_CONFIG;
    public static final String CORS_FILE = "cors.properties";
    /** The dataset of fuseki-config/alliancegraph.ttl ({@code /kg}). */
    public static final String DATASET = "kg";

    /**
     * @param config the assembler file; null for {@value #DEFAULT_CONFIG} (or the jar's copy)
     */
    public record Settings(Path dataDir, String host, int port, UriScheme uris, Path config) {}

    private AllianceGraphServer() {}

    public static FusekiServer build(Settings settings) {
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        Model config = StoreConfig.read(settings.config());
        String serviceAllowList = StoreConfig.prepare(config, dataDir);
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .parseConfig(config)
                .enableCors(true, corsFile(settings.config()).toString())
                // Not in the config file: stock fuseki-server adds /$/metrics itself and fails on a second one.
                .enableMetrics(true)
                .fusekiModules(FusekiModules.create(List.of(
                        new RequestGuardModule(),
                        new ServerStatusModule(dataDir),
                        new QueryCatalogueModule(DATASET),
                        new LinkedDataModule(settings.uris(), DATASET),
                        FMod_UI.create())))
                .build();
        bind(server, settings.host());
        server.getDataAccessPointRegistry().accessPoints()
                .forEach(dap -> ServiceAllowList.applyTo(dap.getDataService().getDataset(), serviceAllowList));
        return server;
    }

    /** The CORS settings beside the configuration file, else the jar's copy (Fuseki wants a file). */
    private static Path corsFile(Path config) {
        Path dir = config != null ? config.toAbsolutePath().getParent() : Path.of("fuseki-config");
        Path beside = dir.resolve(CORS_FILE);
        if (Files.isRegularFile(beside))
            return beside;
        try (InputStream in = resource("fuseki-config/" + CORS_FILE)) {
            Path tmp = Files.createTempFile("alliancegraph-cors", ".properties");
            tmp.toFile().deleteOnExit();
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AllianceGraphServer.class.getResourceAsStream("/" + name);
        if (in == null)
            throw new IOException("missing resource " + name);
        return in;
    }

    /** Fuseki's builder knows only "loopback or all"; bind the connector to exactly the host asked for. */
    private static void bind(FusekiServer server, String host) {
        for (Connector connector : server.getJettyServer().getConnectors())
            if (connector instanceof ServerConnector sc)
                sc.setHost(host);
    }
}
