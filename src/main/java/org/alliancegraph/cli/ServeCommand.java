package org.alliancegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.alliancegraph.rdf.OntologyFiles;
import org.alliancegraph.server.AllianceGraphServer;
import org.alliancegraph.store.KnowledgeStore;
import org.alliancegraph.store.Loader;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the SPARQL server (Fuseki Main) on the store.",
                "An empty store is first filled with the seed articles."})
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin StoreOptions store;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki assembler file (default: " + AllianceGraphServer.DEFAULT_CONFIG + ").")
    Path config;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Articles to load into an empty store (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Override
    public Integer call() {
        // Opened from --config, not the default file: the server gets this same dataset object
        // (one per data directory), so its settings must come from the file the user gave.
        KnowledgeStore kg = KnowledgeStore.open(store.data, store.uris(), config);
        kg.putOntology(OntologyFiles.ontology());
        if (!kg.hasArticles()) {
            if (Files.isDirectory(seeds)) {
                Loader.Report report = LoadCommand.load(kg, List.of(seeds), false, Loader.DEFAULT_BATCH);
                LOG.info("empty store: loaded {} seed article(s) from {}", report.articles(), seeds);
            } else {
                LOG.warn("empty store and no seeds directory at {}", seeds.toAbsolutePath());
            }
        }
        FusekiServer server = AllianceGraphServer.build(new AllianceGraphServer.Settings(
                kg.directory(), host, port, kg.uris(), config));
        server.start();
        LOG.info("AllianceGraph serving {} article(s) at http://{}:{}/  (SPARQL: /kg/sparql)",
                kg.articleSlugs().size(), host.contains(":") ? "[" + host + "]" : host, server.getHttpPort());
        server.join();
        return Main.OK;
    }
}
