package org.alliancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MoneyAnnotatorTest {

    /** "value currency[~]" for every amount in a body; ~ marks an approximate amount. */
    private static List<String> money(String body) {
        Document d = AnnotatorFixtures.run(AnnotatorFixtures.document("Headline\n" + body),
                new ZoneAnnotator(), new SentenceAnnotator(), new MoneyAnnotator());
        return d.amounts().stream().map(a -> a.value().toPlainString() + " " + a.currency() + (a.approximate() ? "~" : "")).toList();
    }

    @Test
    void symbolsCodesAndWords() {
        assertEquals(List.of("40000000000 EUR"), money("The Alliance will allocate EUR 40 billion in military aid."));
        assertEquals(List.of("40000000000 EUR"), money("A financial pledge of 40 billion euros worth of military aid."));
        assertEquals(List.of("40000000000 EUR"), money("It will meet its 40 billion euro military aid pledge."));
        assertEquals(List.of("40000000000 EUR"), money("A pledge of €40bn was made."));
        assertEquals(List.of("20900000000 EUR"), money("NATO committed 20.9 billion euros in military assistance."));
        assertEquals(List.of("3000000000 GBP"), money("Britain pledged £3bn a year."));
        assertEquals(List.of("425000000 USD"), money("Washington announced a $425 million package."));
        assertEquals(List.of("2500000000 SEK"), money("Sweden added 2.5 billion Swedish kronor."));
        assertEquals(List.of("1400000000 EUR", "150000 USD"), money("Berlin sent €1.4bn. The fund got USD 150,000."));
    }

    @Test
    void smallNumbersInWordsBeforeAScale() {
        assertEquals(List.of("5000000000 CAD"), money("Ottawa pledged five billion Canadian dollars."));
        assertEquals(List.of("1000000000 EUR"), money("A billion euros is on the table."));
        // Words need a written-out scale, and never start inside another word.
        assertEquals(List.of(), money("They found a pound on the floor. The extra euros went to a fund."));
    }

    @Test
    void approximationsAreMarked() {
        assertEquals(List.of("8000000000 USD~"), money("Nearly $8 billion of assistance came from the United States."));
        assertEquals(List.of("60000000000 USD~"), money("Congress approved over 60 billion dollars."));
        assertEquals(List.of("2000000000 EUR~"), money("Some €2bn is expected."));
    }

    @Test
    void notMoney() {
        assertEquals(List.of(), money("Allies provided more than 99% of all military aid to 32 members."));
        assertEquals(List.of(), money("A hostile file claims €-5bn and EUR 1e309 in aid."));
        assertEquals(List.of(), money("The US-made M1A1 tanks arrived in 2024."));
    }
}
