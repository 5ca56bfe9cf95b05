package org.alliancegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static Annotations pledges(Annotations.Pledge... p) {
        return new Annotations(List.of(), List.of(), List.of(), List.of(p), List.of(), List.of());
    }

    private static Annotations.Pledge pledge(String donor, long value, String status) {
        return new Annotations.Pledge(donor, "country/ukraine", BigDecimal.valueOf(value), "EUR", "MilitaryAid", status);
    }

    @Test
    void strictNeedsEveryFieldRelaxedTheCore() {
        Evaluator e = new Evaluator();
        e.add(pledges(pledge("organisation/nato", 40_000_000_000L, "Committed"), pledge("country/germany", 5, "Pledged")),
              pledges(pledge("organisation/nato", 40_000_000_000L, "Pledged")));
        Scores strict = e.scores(Evaluator.Layer.PLEDGES, Evaluator.Mode.STRICT);
        Scores relaxed = e.scores(Evaluator.Layer.PLEDGES, Evaluator.Mode.RELAXED);
        assertEquals(new Scores(0, 2, 1), strict);
        assertEquals(new Scores(1, 2, 1), relaxed);
        assertEquals(0.5, relaxed.precision());
        assertEquals(1.0, relaxed.recall());
        assertEquals(2.0 / 3, relaxed.f1(), 1e-9);
    }

    @Test
    void matchesAreOneToOneAndAddUpOverArticles() {
        Evaluator e = new Evaluator();
        Annotations.Pledge p = pledge("organisation/nato", 1, "Pledged");
        e.add(pledges(p, p), pledges(p));
        e.add(pledges(), pledges(p));
        assertEquals(new Scores(1, 2, 2), e.scores(Evaluator.Layer.PLEDGES, Evaluator.Mode.STRICT));
    }

    @Test
    void eventsRelaxedAllowADayAndStatementsMostWords() {
        Evaluator e = new Evaluator();
        var sys = new Annotations(List.of(), List.of(),
                List.of(new Annotations.Event("Meeting", LocalDate.of(2024, 10, 17), null, "place/brussels")), List.of(), List.of(),
                List.of(new Annotations.Statement("person/mark-rutte", true, "Ukraine’s path to membership is irreversible")));
        var gold = new Annotations(List.of(), List.of(),
                List.of(new Annotations.Event("MinisterialMeeting", LocalDate.of(2024, 10, 18), LocalDate.of(2024, 10, 18), "place/brussels")),
                List.of(), List.of(),
                List.of(new Annotations.Statement("person/mark-rutte", true, "Ukraine's path to membership is irreversible.")));
        e.add(sys, gold);
        assertEquals(0, e.scores(Evaluator.Layer.EVENTS, Evaluator.Mode.STRICT).truePositives());
        assertEquals(1, e.scores(Evaluator.Layer.EVENTS, Evaluator.Mode.RELAXED).truePositives());
        assertEquals(1, e.scores(Evaluator.Layer.STATEMENTS, Evaluator.Mode.STRICT).truePositives());
    }

    @Test
    void emptyLayersScorePerfectOnlyWhenBothSidesAreEmpty() {
        assertEquals(1.0, Scores.ZERO.f1());
        assertEquals(0.0, new Scores(0, 3, 0).f1());
        assertEquals(0.0, new Scores(0, 0, 3).f1());
    }
}
