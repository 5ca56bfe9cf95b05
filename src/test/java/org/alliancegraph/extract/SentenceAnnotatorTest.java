package org.alliancegraph.extract;

import static org.alliancegraph.extract.AnnotatorFixtures.document;
import static org.alliancegraph.extract.AnnotatorFixtures.run;
import static org.alliancegraph.extract.AnnotatorFixtures.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceAnnotatorTest {

    /** Sentences of a body under a headline (the headline is a sentence of its own, dropped here). */
    private static List<String> split(String body) {
        List<String> all = sentences(run(document("Headline\n" + body), new ZoneAnnotator(), new SentenceAnnotator()));
        return all.subList(1, all.size());
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("The talks in Kyiv on Oct. 3, 2024 went well.", "A senior U.S. official agreed."),
                split("The talks in Kyiv on Oct. 3, 2024 went well. A senior U.S. official agreed."));
        assertEquals(List.of("Gen. J. Smith met Mr. Jones at 9 a.m. on Friday."),
                split("Gen. J. Smith met Mr. Jones at 9 a.m. on Friday."));
    }

    @Test
    void aCapitalAfterALowerCaseWordOrBeforeAQuotationEndsTheSentence() {
        assertEquals(List.of("She wrote in a post on X.", "“We are ready,” she added."),
                split("She wrote in a post on X. “We are ready,” she added."));
        assertEquals(List.of("He posted it on X.", "Then he left."), split("He posted it on X. Then he left."));
        assertEquals(List.of("A letter signed by Anna K. Berg arrived."), split("A letter signed by Anna K. Berg arrived."));
    }

    @Test
    void quotesStayWithTheirSentence() {
        assertEquals(List.of("“We are ready.”", "He said it twice."), split("“We are ready.” He said it twice."));
        assertEquals(List.of("“Is it irreversible?” he asked."), split("“Is it irreversible?” he asked."));
    }

    @Test
    void numbersWithDecimalPointsStayWhole() {
        assertEquals(List.of("Allies gave EUR 20.9 billion.", "That is 99.5% of it."),
                split("Allies gave EUR 20.9 billion. That is 99.5% of it."));
    }
}
