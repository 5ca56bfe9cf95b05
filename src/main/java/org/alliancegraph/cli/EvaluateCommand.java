package org.alliancegraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.alliancegraph.eval.GoldRun;
import org.alliancegraph.extract.Pipeline;
import org.alliancegraph.extract.ReferenceCatalog;
import org.alliancegraph.ingest.ArticleFiles;
import org.alliancegraph.ingest.ArticleRejectedException;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the extraction against gold annotations, per layer, strict and relaxed.",
                "Prints a Markdown table of precision, recall and F1."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "src/test/resources/gold",
            description = "Gold annotation files, {article}.json (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--errors", description = "Also list, per article, the items that found no partner (relaxed mode).")
    boolean errors;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles to extract and score.")
    List<Path> inputs;

    @Override
    public Integer call() throws ArticleRejectedException {
        var evaluator = GoldRun.evaluate(Pipeline.standard(ReferenceCatalog.load()), ArticleFiles.expand(inputs), gold);
        System.out.print(evaluator.table());
        if (errors)
            System.out.print("\n" + evaluator.errors());
        return Main.OK;
    }
}
