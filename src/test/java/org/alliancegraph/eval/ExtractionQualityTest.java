package org.alliancegraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import org.alliancegraph.TestSupport;
import org.alliancegraph.eval.Evaluator.Layer;
import org.alliancegraph.eval.Evaluator.Mode;
import org.alliancegraph.extract.Pipeline;
import org.alliancegraph.ingest.ArticleFiles;

/**
 * Scores the pipeline against the gold annotations and prints the tables recorded in
 * docs/extraction-quality.md. The floors are today's measured level less a small margin: they
 * catch regressions; the goal (F1 ≥ 0.9 in every layer) is not reached yet in every layer.
 */
class ExtractionQualityTest {
    private static final Path GOLD = TestSupport.ROOT.resolve("src/test/resources/gold");

    private static final Path ARTICLES = TestSupport.ROOT.resolve("src/test/resources/articles");

    private static Evaluator run(Path articles) throws Exception {
        return run(TestSupport.ROOT.relativize(articles).toString(), ArticleFiles.expand(List.of(articles)));
    }

    /** The test articles whose file names start with one of the prefixes ("10" for 101–109 …). */
    private static Evaluator run(String name, Predicate<String> fileName) throws Exception {
        return run(name, ArticleFiles.expand(List.of(ARTICLES)).stream()
                .filter(f -> fileName.test(f.getFileName().toString())).toList());
    }

    private static Evaluator run(String name, List<Path> files) throws Exception {
        return run(name, files, GOLD);
    }

    private static Evaluator run(String name, List<Path> files, Path gold) throws Exception {
        Evaluator e = GoldRun.evaluate(Pipeline.standard(TestSupport.catalog()), files, gold);
        System.out.println("Extraction quality, " + name + " (" + files.size() + " articles):\n" + e.table());
        return e;
    }

    private static void assertFloors(Evaluator e, Mode mode, Map<Layer, Double> floors) {
        floors.forEach((layer, floor) -> {
            double f1 = e.scores(layer, mode).f1();
            assertTrue(f1 >= floor, layer + " " + mode + " F1 " + f1 + " fell below " + floor);
        });
    }

    @Test
    void seeds() throws Exception {
        Map<Layer, Double> floors = Map.of(Layer.ENTITIES, 0.95, Layer.ROLES, 0.95, Layer.EVENTS, 0.86,
                Layer.PLEDGES, 0.95, Layer.POSITIONS, 0.91, Layer.STATEMENTS, 0.93);
        Evaluator e = run(TestSupport.SEEDS);
        assertFloors(e, Mode.STRICT, floors);
        assertFloors(e, Mode.RELAXED, Map.of(Layer.EVENTS, 0.86, Layer.POSITIONS, 0.91));
    }

    /** 101–105: written with the first version of the loader. */
    @Test
    void firstUnseenArticles() throws Exception {
        Map<Layer, Double> floors = Map.of(Layer.ENTITIES, 0.95, Layer.ROLES, 0.95, Layer.EVENTS, 0.95,
                Layer.PLEDGES, 0.95, Layer.POSITIONS, 0.95, Layer.STATEMENTS, 0.95);
        assertFloors(run("test articles 101-105", f -> f.matches("10[1-5]_.*")), Mode.RELAXED, floors);
    }

    /** 106–110: annotated before the extractor first ran on them; their first scores are in docs/extraction-quality.md. */
    @Test
    void heldOutArticles() throws Exception {
        Map<Layer, Double> floors = Map.of(Layer.ENTITIES, 0.95, Layer.ROLES, 0.92, Layer.EVENTS, 0.95,
                Layer.PLEDGES, 0.95, Layer.POSITIONS, 0.95, Layer.STATEMENTS, 0.95);
        assertFloors(run("held-out articles 106-110", f -> f.matches("(10[6-9]|110)_.*")), Mode.RELAXED, floors);
    }

    /** 201–206: the former blind set, a development set since round five (blind/README.md); floors for the layers tuned on it. */
    @Test
    void formerBlindSet() throws Exception {
        Path blind = TestSupport.ROOT.resolve("src/test/resources/blind");
        Evaluator e = run("former blind set 201-206", ArticleFiles.expand(List.of(blind.resolve("articles"))), blind.resolve("gold"));
        assertFloors(e, Mode.STRICT, Map.of(Layer.EVENTS, 0.85, Layer.POSITIONS, 0.88, Layer.PLEDGES, 0.93));
        assertFloors(e, Mode.RELAXED, Map.of(Layer.ENTITIES, 0.95, Layer.ROLES, 0.95, Layer.EVENTS, 0.85,
                Layer.PLEDGES, 0.93, Layer.POSITIONS, 0.93, Layer.STATEMENTS, 0.95));
    }

    /** 207–214: the second blind set, a development set since round six (blind2/README.md); floors for the layers tuned on it. */
    @Test
    void secondFormerBlindSet() throws Exception {
        Path blind = TestSupport.ROOT.resolve("src/test/resources/blind2");
        Evaluator e = run("former blind set 207-214", ArticleFiles.expand(List.of(blind.resolve("articles"))), blind.resolve("gold"));
        assertFloors(e, Mode.STRICT, Map.of(Layer.POSITIONS, 0.90));
        assertFloors(e, Mode.RELAXED, Map.of(Layer.POSITIONS, 0.90));
        Map<Layer, Double> roundSix = Map.of(Layer.ENTITIES, 0.93, Layer.ROLES, 0.93, Layer.PLEDGES, 0.95, Layer.STATEMENTS, 0.95);
        assertFloors(e, Mode.STRICT, roundSix);
        assertFloors(e, Mode.RELAXED, roundSix);
    }

    /** 215–222: the third blind set, a development set since round seven; floors for the layers tuned on it there. */
    @Test
    void thirdFormerBlindSet() throws Exception {
        Path blind = TestSupport.ROOT.resolve("src/test/resources/blind3");
        Evaluator e = run("former blind set 215-222", ArticleFiles.expand(List.of(blind.resolve("articles"))), blind.resolve("gold"));
        Map<Layer, Double> roundSeven = Map.of(Layer.ENTITIES, 0.95, Layer.ROLES, 0.90, Layer.STATEMENTS, 0.95);
        assertFloors(e, Mode.STRICT, roundSeven);
        assertFloors(e, Mode.RELAXED, roundSeven);
        assertFloors(e, Mode.STRICT, Map.of(Layer.EVENTS, 0.90, Layer.PLEDGES, 0.93, Layer.POSITIONS, 0.82));
        assertFloors(e, Mode.RELAXED, Map.of(Layer.EVENTS, 0.90, Layer.PLEDGES, 0.93, Layer.POSITIONS, 0.90));
    }

    /** 223–230: the fourth blind set, a development set since round nine; floors for the layers tuned on it there. */
    @Test
    void fourthFormerBlindSet() throws Exception {
        Path blind = TestSupport.ROOT.resolve("src/test/resources/blind4");
        Evaluator e = run("former blind set 223-230", ArticleFiles.expand(List.of(blind.resolve("articles"))), blind.resolve("gold"));
        assertFloors(e, Mode.STRICT, Map.of(Layer.POSITIONS, 0.86));
        assertFloors(e, Mode.RELAXED, Map.of(Layer.POSITIONS, 0.92));
        Map<Layer, Double> roundNine = Map.of(Layer.PLEDGES, 0.88, Layer.STATEMENTS, 0.95, Layer.ENTITIES, 0.95, Layer.ROLES, 0.95);
        assertFloors(e, Mode.STRICT, roundNine);
        assertFloors(e, Mode.RELAXED, roundNine);
        assertFloors(e, Mode.STRICT, Map.of(Layer.EVENTS, 0.60));
        assertFloors(e, Mode.RELAXED, Map.of(Layer.EVENTS, 0.80));
    }
}
