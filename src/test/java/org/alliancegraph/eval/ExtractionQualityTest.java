package org.alliancegraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.alliancegraph.TestSupport;
import org.alliancegraph.eval.Evaluator.Layer;
import org.alliancegraph.eval.Evaluator.Mode;
import org.alliancegraph.extract.Pipeline;
import org.alliancegraph.ingest.ArticleFiles;

/**
 * Scores the pipeline against the gold annotations and prints the tables recorded in
 * docs/extraction-quality.md. The floors are today's measured level less a small margin: they
 * catch regressions; the goal (F1 ≥ 0.9 in every layer) is not reached yet.
 */
class ExtractionQualityTest {
    private static final Path GOLD = TestSupport.ROOT.resolve("src/test/resources/gold");

    private static Evaluator run(Path articles) throws Exception {
        Evaluator e = GoldRun.evaluate(Pipeline.standard(TestSupport.catalog()), ArticleFiles.expand(java.util.List.of(articles)), GOLD);
        System.out.println("Extraction quality, " + TestSupport.ROOT.relativize(articles) + ":\n" + e.table());
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
        Map<Layer, Double> floors = Map.of(Layer.ENTITIES, 0.95, Layer.ROLES, 0.90, Layer.EVENTS, 0.50,
                Layer.PLEDGES, 0.75, Layer.POSITIONS, 0.55, Layer.STATEMENTS, 0.85);
        assertFloors(run(TestSupport.SEEDS), Mode.STRICT, floors);
    }

    @Test
    void unseenArticles() throws Exception {
        Map<Layer, Double> floors = Map.of(Layer.ENTITIES, 0.85, Layer.ROLES, 0.55, Layer.EVENTS, 0.35,
                Layer.PLEDGES, 0.65, Layer.POSITIONS, 0.40, Layer.STATEMENTS, 0.60);
        assertFloors(run(TestSupport.ROOT.resolve("src/test/resources/articles")), Mode.RELAXED, floors);
    }
}
