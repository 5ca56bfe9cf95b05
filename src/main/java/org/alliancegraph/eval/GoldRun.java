package org.alliancegraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alliancegraph.extract.Pipeline;
import org.alliancegraph.ingest.Article;
import org.alliancegraph.ingest.ArticleReader;
import org.alliancegraph.ingest.ArticleRejectedException;

/** Runs the pipeline over article files and scores each against its gold file ({slug}.json). */
public final class GoldRun {
    private GoldRun() {}

    public static Evaluator evaluate(Pipeline pipeline, List<Path> articles, Path goldDir) throws ArticleRejectedException {
        Evaluator evaluator = new Evaluator();
        ArticleReader reader = new ArticleReader();
        for (Path file : articles) {
            Article article = reader.read(file);
            Path gold = goldDir.resolve(article.slug() + ".json");
            if (!Files.isRegularFile(gold))
                throw new IllegalArgumentException("no gold annotations for " + file.getFileName() + " (expected " + gold + ")");
            evaluator.add(article.slug(), Annotations.of(pipeline.run(article)), Annotations.readGold(gold));
        }
        return evaluator;
    }
}
