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
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

import org.alliancegraph.rdf.UriScheme;

/**
 * Fuseki Main, configured from {@code fuseki-config/}: the assembler file defines the dataset and
 * its endpoints; this class only points it at the data directory, binds host and port, turns on
 * CORS (without credentials) and adds the modules.
 */
public final class AllianceGraphServer {
    public static final String DEFAULT_CONFIG = "fuseki-config/alliancegraph.ttl";
    public static final String CORS_FILE = "cors.properties";
    private static final Property TDB2_LOCATION =
            ModelFactory.createDefaultModel().createProperty("http://jena.apache.org/2016/tdb#location");

    /**
     * @param config the assembler file; null for {@value #DEFAULT_CONFIG} (or the jar's copy)
     */
    public record Settings(Path dataDir, String host, int port, UriScheme uris, Path config) {}

    private AllianceGraphServer() {}

    public static FusekiServer build(Settings settings) {
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        Model config = readConfig(settings.config());
        pointAtData(config, dataDir);
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .parseConfig(config)
                .enableCors(true, corsFile(settings.config()).toString())
                // Not in the config file: stock fuseki-server adds /$/metrics itself and fails on a second one.
                .enableMetrics(true)
                .fusekiModules(FusekiModules.create(List.of(
                        new ServerStatusModule(dataDir),
                        FMod_UI.create())))
                .build();
        bind(server, settings.host());
        return server;
    }

    /** Every {@code tdb2:location} becomes the absolute data directory of this run. */
    static void pointAtData(Model config, Path dataDir) {
        List<Statement> locations = config.listStatements(null, TDB2_LOCATION, (String) null).toList();
        for (Statement st : locations) {
            config.remove(st);
            config.add(st.getSubject(), TDB2_LOCATION, dataDir.toString());
        }
    }

    private static Model readConfig(Path config) {
        Model model = ModelFactory.createDefaultModel();
        if (config != null) {
            if (!Files.isRegularFile(config))
                throw new IllegalArgumentException("configuration file not found: " + config);
            RDFParser.source(config).lang(Lang.TURTLE).parse(model);
            return model;
        }
        Path local = Path.of(DEFAULT_CONFIG);
        if (Files.isRegularFile(local)) {
            RDFParser.source(local).lang(Lang.TURTLE).parse(model);
            return model;
        }
        try (InputStream in = resource(DEFAULT_CONFIG)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///fuseki-config/").parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
