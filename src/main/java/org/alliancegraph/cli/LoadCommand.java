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

    @Override
    public Integer call() {
        if (batch < 1)
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1");
        KnowledgeStore kg = KnowledgeStore.open(store.data, store.uris());
        Loader.Report report = load(kg, inputs, force, batch);
        return report.ok() ? Main.OK : Main.FAILED;
    }

    /** Shared with {@code serve}, which loads the seeds the same way. */
    static Loader.Report load(KnowledgeStore kg, List<Path> inputs, boolean force, int batch) {
        kg.putOntology(OntologyFiles.ontology());
        Loader loader = new Loader(kg, new ArticleExtractor(kg.uris(), ReferenceCatalog.load()),
                Runtime.getRuntime().availableProcessors(), batch);
        Loader.Report report = loader.load(ArticleFiles.expand(inputs), force);
        System.err.printf("loaded %d article(s): %d added, %d replaced, %d unchanged, %d refused; %d triples stored%n",
                report.articles(), report.added(), report.replaced(), report.unchanged(), report.failures().size(),
                report.triples());
        report.failures().forEach(f -> System.err.println("  refused: " + f));
        return report;
    }
}
