package org.alliancegraph.extract;

import java.util.List;
import java.util.Map;

import org.alliancegraph.TestSupport;
import org.alliancegraph.ingest.Article;
import org.alliancegraph.ingest.ArticleReader;

/** Runs the standard pipeline on inline text or on a seed, for tests of the later annotators. */
final class PipelineFixtures {
    private PipelineFixtures() {}

    /** A body under a headline line, published on {@code published} (null: no date). */
    static Document standard(String published, String body) {
        Map<String, String> header = published == null ? Map.of() : Map.of("published", published);
        return Pipeline.standard(TestSupport.catalog())
                .run(new Article("t.txt", header, "Headline\n" + body, "0".repeat(64)));
    }

    /** The seed whose file name starts with {@code prefix} ("001"). */
    static Document seed(String prefix) {
        Article article = TestSupport.seedFiles().stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .map(p -> {
                    try {
                        return new ArticleReader().read(p);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).orElseThrow();
        return Pipeline.standard(TestSupport.catalog()).run(article);
    }

    static List<Document> seeds() { return List.of(seed("000"), seed("001"), seed("002"), seed("003"), seed("004")); }
}
