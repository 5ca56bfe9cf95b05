package org.alliancegraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.alliancegraph.extract.ReferenceCatalog;
import org.alliancegraph.ingest.ArticleFiles;
import org.alliancegraph.rdf.ArticleExtractor;
import org.alliancegraph.rdf.OntologyFiles;
import org.alliancegraph.rdf.UriScheme;
import org.alliancegraph.store.BulkBuild;
import org.alliancegraph.store.KnowledgeStore;
import org.alliancegraph.store.Loader;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extract articles and store them, one named graph each.",
                "Re-loading an article replaces its graph; an unchanged file is skipped unless --force.",
                "Directories contribute their *.txt files. Exits 1 if any file was refused."})
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files or directories of them.")
    List<Path> inputs;

    @Option(names = "--force", description = "Re-extract and replace articles even when unchanged.")
    boolean force;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Loader.DEFAULT_BATCH,
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}; a batch also ends after a minute)."
                    + " Smaller batches commit more often and leave more dead blocks for compaction.")
    int batch;

    @Option(names = "--bulk", description = {"Build a new store with TDB2's bulk loader: for a first load of a large archive"
            + " into an empty or absent --data directory (faster, and no dead blocks to compact).",
            "Not transactional: until it finishes the store cannot be opened; after an interruption, run it again to start over."})
    boolean bulk;

    @Override
    public Integer call() {
        if (batch < 1)
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1");
        if (bulk && force)
            throw new ParameterException(spec.commandLine(), "--force has no meaning with --bulk, which builds a new store");
        Loader.Report report = bulk ? bulkLoad(store.data, store.uris(), inputs)
                : load(KnowledgeStore.open(store.data, store.uris()), inputs, force, batch);
        return report.ok() ? Main.OK : Main.FAILED;
    }

    /** {@code load --bulk}: every file into a new store built by {@link BulkBuild}. */
    static Loader.Report bulkLoad(Path data, UriScheme uris, List<Path> inputs) {
        List<Path> files = ArticleFiles.expand(inputs);
        BulkBuild build = BulkBuild.start(data, uris);
        Loader.Report report;
        try {
            report = Loader.bulk(build, extractor(uris), Runtime.getRuntime().availableProcessors()).load(files, false);
            build.finish(OntologyFiles.ontology());
        } catch (RuntimeException | Error e) {
            build.abandon();
            throw e;
        }
        return summarise(report);
    }

    /** Shared with {@code serve}, which loads the seeds the same way. */
    static Loader.Report load(KnowledgeStore kg, List<Path> inputs, boolean force, int batch) {
        kg.putOntology(OntologyFiles.ontology());
        Loader loader = new Loader(kg, extractor(kg.uris()), Runtime.getRuntime().availableProcessors(), batch);
        return summarise(loader.load(ArticleFiles.expand(inputs), force));
    }

    private static ArticleExtractor extractor(UriScheme uris) {
        return new ArticleExtractor(uris, ReferenceCatalog.load());
    }

    private static Loader.Report summarise(Loader.Report report) {
        System.err.printf("loaded %d article(s): %d added, %d replaced, %d unchanged, %d refused; %d triples stored%n",
                report.articles(), report.added(), report.replaced(), report.unchanged(), report.failures().size(),
                report.triples());
        report.failures().forEach(f -> System.err.println("  refused: " + f));
        return report;
    }
}
