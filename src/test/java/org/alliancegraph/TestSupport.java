package org.alliancegraph;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;

import org.alliancegraph.extract.ReferenceCatalog;
import org.alliancegraph.rdf.ArticleExtractor;
import org.alliancegraph.rdf.OntologyFiles;
import org.alliancegraph.rdf.UriScheme;
import org.alliancegraph.server.AllianceGraphServer;
import org.alliancegraph.store.KnowledgeStore;
import org.alliancegraph.store.Loader;

/** Paths and fixtures shared by the tests. Tests run with the repository root as working directory. */
public final class TestSupport {
    public static final Path ROOT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    public static final Path SEEDS = ROOT.resolve("seeds");
    public static final Path SHARED_SEEDS = ROOT.resolve("../shared/seeds").normalize();
    public static final UriScheme URIS = UriScheme.defaults();
    private static ReferenceCatalog catalog;

    private TestSupport() {}

    public static synchronized ReferenceCatalog catalog() {
        if (catalog == null)
            catalog = ReferenceCatalog.load();
        return catalog;
    }

    public static ArticleExtractor extractor() { return new ArticleExtractor(URIS, catalog()); }

    /** A fresh store in {@code dir} with the ontology and the five seeds. */
    public static KnowledgeStore seededStore(Path dir) { return seededStore(dir, URIS); }

    /** A fresh store with the five seeds, their URIs minted under {@code uris}' base. */
    public static KnowledgeStore seededStore(Path dir, UriScheme uris) {
        KnowledgeStore store = KnowledgeStore.open(dir, uris);
        store.putOntology(OntologyFiles.ontology());
        Loader.Report report = new Loader(store, new ArticleExtractor(uris, catalog())).load(seedFiles(), false);
        if (!report.ok() || report.added() != 5)
            throw new AssertionError("seeds did not load: " + report);
        return store;
    }

    /** Our server over the store in {@code dataDir}, on 127.0.0.1 at a free port, from the repository's configuration; started. */
    public static FusekiServer startServer(Path dataDir) {
        return startServer(dataDir, URIS, 0, ROOT.resolve(AllianceGraphServer.DEFAULT_CONFIG));
    }

    /** Our server over the store in {@code dataDir}, on 127.0.0.1 at {@code port} (0: a free one), from {@code config}; started. */
    public static FusekiServer startServer(Path dataDir, UriScheme uris, int port, Path config) {
        FusekiServer server = AllianceGraphServer.build(new AllianceGraphServer.Settings(dataDir, "127.0.0.1", port, uris, config));
        server.start();
        return server;
    }

    public static java.util.List<Path> seedFiles() {
        try (var files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
