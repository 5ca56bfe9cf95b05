package org.alliancegraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.progress.MonitorOutputs;

import org.alliancegraph.extract.ReferenceCatalog;
import org.alliancegraph.ingest.ArticleFiles;
import org.alliancegraph.ingest.ArticleRejectedException;
import org.alliancegraph.rdf.ArticleExtractor;
import org.alliancegraph.rdf.OntologyFiles;
import org.alliancegraph.rdf.UriScheme;
import org.alliancegraph.store.BulkBuild;
import org.alliancegraph.store.KnowledgeStore;
import org.alliancegraph.store.Loader;

/**
 * One loader measurement per process, printed as a CSV row on stdout (see {@link Measurement}):
 * <ul>
 * <li>{@code extract --corpus DIR}: read and extract every article in memory, no store;
 * <li>{@code load --corpus DIR --data DIR}: what {@code alliancegraph load} does, into a new store;
 * <li>{@code load-bulk --corpus DIR --data DIR}: what {@code alliancegraph load --bulk} does;
 * <li>{@code dump --data DIR --out FILE}: the store as N-Quads (not timed: input for {@code bulk});
 * <li>{@code bulk --nquads FILE --data DIR --articles N [--loader parallel|phased|basic]}: Jena's TDB2 bulk
 *     loader on that file, into a new store: the storage limit.
 * </ul>
 */
public final class LoadBench {
    public static void main(String[] argv) throws Exception {
        if (argv.length == 0)
            throw new IllegalArgumentException("usage: LoadBench extract|load|dump|bulk --name value…");
        Args args = new Args(java.util.Arrays.copyOfRange(argv, 1, argv.length));
        String row = switch (argv[0]) {
            case "extract" -> extract(args);
            case "digest" -> digest(args);
            case "load" -> load(args);
            case "load-bulk" -> loadBulk(args);
            case "dump" -> dump(args);
            case "bulk" -> bulk(args);
            default -> throw new IllegalArgumentException("unknown benchmark " + argv[0]);
        };
        System.out.println(row);
    }

    private static String extract(Args args) throws Exception {
        Path corpus = Path.of(args.string("--corpus", null));
        args.done();
        List<Path> files = ArticleFiles.expand(List.of(corpus));
        Measurement m = new Measurement();
        ArticleExtractor extractor = new ArticleExtractor(new UriScheme(UriScheme.DEFAULT_BASE), ReferenceCatalog.load());
        AtomicLong triples = new AtomicLong();
        // As many threads as the loader's extraction stage uses.
        int workers = Runtime.getRuntime().availableProcessors();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (Path file : files)
            done.add(pool.submit(() -> {
                try {
                    triples.addAndGet(extractor.extract(file).size());
                } catch (ArticleRejectedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        for (var f : done)
            f.get();
        pool.shutdown();
        return Measurement.csv("extract", files.size(), triples.get(), m.stop());
    }

    /**
     * A fingerprint of everything extracted from a corpus (sorted N-Triples, blank node labels
     * blanked): the same before and after a speed-up that must not change results.
     */
    private static String digest(Args args) throws Exception {
        Path corpus = Path.of(args.string("--corpus", null));
        args.done();
        ArticleExtractor extractor = new ArticleExtractor(new UriScheme(UriScheme.DEFAULT_BASE), ReferenceCatalog.load());
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        long triples = 0;
        for (Path file : ArticleFiles.expand(List.of(corpus))) {
            var graph = extractor.extract(file);
            for (var g : List.of(graph.graph(), graph.reference())) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                RDFDataMgr.write(bytes, g, Lang.NTRIPLES);
                List<String> lines = new java.util.ArrayList<>(List.of(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)
                        .replaceAll("_:\\S+", "_:b").split("\n")));
                lines.sort(null);
                lines.forEach(l -> sha.update((l + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                triples += g.size();
            }
        }
        return "digest," + triples + "," + java.util.HexFormat.of().formatHex(sha.digest());
    }

    private static String load(Args args) {
        return timedLoad("load", args, (files, data) -> {
            KnowledgeStore store = KnowledgeStore.open(data, new UriScheme(UriScheme.DEFAULT_BASE));
            store.putOntology(OntologyFiles.ontology());
            return new Loader(store, new ArticleExtractor(store.uris(), ReferenceCatalog.load())).load(files, false);
        });
    }

    private static String loadBulk(Args args) {
        return timedLoad("load-bulk", args, (files, data) -> {
            UriScheme uris = new UriScheme(UriScheme.DEFAULT_BASE);
            BulkBuild build = BulkBuild.start(data, uris);
            Loader.Report report = Loader.bulk(build, new ArticleExtractor(uris, ReferenceCatalog.load()),
                    Runtime.getRuntime().availableProcessors()).load(files, false);
            build.finish(OntologyFiles.ontology());
            return report;
        });
    }

    /** One way of loading {@code --corpus} into the new store {@code --data}, timed from opening the store. */
    private static String timedLoad(String name, Args args, java.util.function.BiFunction<List<Path>, Path, Loader.Report> loading) {
        Path corpus = Path.of(args.string("--corpus", null));
        Path data = Path.of(args.string("--data", null));
        args.done();
        requireAbsent(data);
        List<Path> files = ArticleFiles.expand(List.of(corpus));
        Measurement m = new Measurement();
        Loader.Report report = loading.apply(files, data);
        if (!report.ok())
            throw new IllegalStateException(report.failures().size() + " article(s) refused: " + report.failures().get(0));
        return Measurement.csv(name, report.articles(), report.triples(), m.stop());
    }

    private static String dump(Args args) throws IOException {
        Path data = Path.of(args.string("--data", null));
        Path out = Path.of(args.string("--out", null));
        args.done();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(data.toString());
        Measurement m = new Measurement();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            Txn.executeRead(dsg, () -> RDFDataMgr.write(os, dsg, Lang.NQUADS));
        }
        long quads = Files.lines(out).count();
        return Measurement.csv("dump", 0, quads, m.stop());
    }

    private static String bulk(Args args) {
        Path nquads = Path.of(args.string("--nquads", null));
        Path data = Path.of(args.string("--data", null));
        String kind = args.string("--loader", "parallel");
        int articles = args.integer("--articles", 0); // the corpus size, for the report only
        args.done();
        requireAbsent(data);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(data.toString());
        MonitorOutput quiet = MonitorOutputs.nullOutput();
        DataLoader loader = switch (kind) {
            case "parallel" -> LoaderFactory.parallelLoader(dsg, quiet);
            case "phased" -> LoaderFactory.phasedLoader(dsg, quiet);
            case "basic" -> LoaderFactory.basicLoader(dsg, quiet);
            default -> throw new IllegalArgumentException("unknown loader " + kind);
        };
        Measurement m = new Measurement();
        loader.startBulk();
        loader.load(nquads.toString());
        loader.finishBulk();
        return Measurement.csv("bulk-" + kind, articles, loader.countQuads() + loader.countTriples(), m.stop());
    }

    /** Every load goes into a new store, so runs do not depend on each other. */
    private static void requireAbsent(Path data) {
        if (Files.exists(data))
            throw new IllegalArgumentException(data + " exists: the benchmark loads into a new store (the script deletes it)");
    }
}
