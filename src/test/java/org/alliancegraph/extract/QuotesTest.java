package org.alliancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuotesTest {

    private static List<String> quotes(String body) {
        Document d = AnnotatorFixtures.run(AnnotatorFixtures.document("Headline\n" + body), new ZoneAnnotator(), new SentenceAnnotator());
        return Quotes.find(d).stream().map(q -> d.text(q.inner())).toList();
    }

    @Test
    void curlyStraightAndSingleQuotes() {
        assertEquals(List.of("NATO stands with Ukraine.", "We are in this,", "Ukraine’s path is clear."),
                quotes("He declared “NATO stands with Ukraine.” \"We are in this,\" he said. Then: ‘Ukraine’s path is clear.’"));
    }

    @Test
    void apostrophesAndNestedSingleQuotesAreNotQuotations() {
        assertEquals(List.of("testament of (allies’) determination"),
                quotes("Zelenskyy’s plan won’t wait; it is a “testament of (allies’) determination” for Ukraine’s allies’ sake."));
    }

    @Test
    void aQuotationMaySpanSentencesButNotLines() {
        // The quotation left open on the second line does not swallow the third line.
        assertEquals(List.of("First. Second.", "closed"), quotes("“First. Second.” he said.\n“Unclosed here\nand “closed”."));
    }

    @Test
    void aCommaClosingAQuotationEndsTheClauseAfterTheMark() {
        String body = "It is “decisive,” he said, “very much so”.";
        Document d = AnnotatorFixtures.run(AnnotatorFixtures.document("Headline\n" + body), new ZoneAnnotator(), new SentenceAnnotator());
        List<Quotes.Quote> qs = Quotes.find(d);
        int closingComma = d.text().indexOf("decisive,") + "decisive".length();
        assertEquals(qs.get(0).outer().end(), Quotes.clauseBreak(qs, closingComma));
        int plainComma = d.text().indexOf("said,") + "said".length();
        assertEquals(plainComma, Quotes.clauseBreak(qs, plainComma));
        assertEquals(3, qs.get(1).words(d.text()));
    }
}
