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
    void otherCurrenciesByCodeSymbolOrWord() {
        assertEquals(List.of("4000000000 SEK", "800000000 NOK", "1500000000 DKK"),
                money("The fund holds SEK 4 billion, NOK 800 million and DKK 1.5bn."));
        assertEquals(List.of("250000000 CAD", "90000000 AUD", "6000000000 JPY", "120000000 PLN", "75000000 CHF", "2000000000 CZK"),
                money("Pledges: CAD 250 million, AUD 90m, JPY 6 billion, 120 million PLN, CHF 75 million, CZK 2bn."));
        assertEquals(List.of("700000000 SEK", "1100000000 CAD", "300000000 PLN", "45000000 CZK"),
                money("It adds 700 million Swedish crowns, 1.1 billion Canadian dollars, 300 million zlotys and 45 million koruna."));
        assertEquals(List.of("500000000 CAD", "20000000 AUD", "80000000 PLN"), money("Ottawa gave C$500m, Canberra A$20 million and Warsaw 80 million zł."));
    }

    @Test
    void millionsAndHyphenatedScales() {
        assertEquals(List.of("95000000 EUR", "600000000 USD~", "240000000 GBP"),
                money("Helsinki added €95m, nearly 600 million dollars came from Washington and London gave £240 million."));
        assertEquals(List.of("500000000 EUR", "1500000000 USD"), money("A 500-million-euro package and a $1.5-billion loan were signed."));
    }

    /** "Kroner" is Norway's or Denmark's: the country the sentence (else the article) names decides. */
    @Test
    void aSharedCurrencyWordTakesTheCountryOfItsText() {
        assertEquals(List.of("900000000 NOK"), pipelineMoney("Norway will give Ukraine 900 million kroner for ammunition."));
        assertEquals(List.of("250000000 DKK"), pipelineMoney("Denmark has set aside 250 million kroner for drones."));
        assertEquals(List.of("250000000 DKK"), pipelineMoney("Copenhagen is busy. The fund there received 250 million kroner."));
        assertEquals(List.of(), pipelineMoney("A donor gave 5 million kroner."));
    }

    private static List<String> pipelineMoney(String body) {
        Document d = AnnotatorFixtures.run(AnnotatorFixtures.document("Headline\n" + body), new ZoneAnnotator(), new SentenceAnnotator(),
                new MentionAnnotator(org.alliancegraph.TestSupport.catalog()), new MoneyAnnotator());
        return d.amounts().stream().map(a -> a.value().toPlainString() + " " + a.currency() + (a.approximate() ? "~" : "")).toList();
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
