package org.alliancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.alliancegraph.TestSupport;
import org.alliancegraph.ingest.Article;

class PledgeAnnotatorTest {

    /** "donor -> recipient what aidType status period" per pledge of a body published on 2025-03-04. */
    private static List<String> pledges(String body) {
        Document d = Pipeline.standard(TestSupport.catalog())
                .run(new Article("t.txt", Map.of("published", "2025-03-04"), "Headline\n" + body, "0".repeat(64)));
        return d.pledges().stream().map(p -> p.donorKey() + " -> " + p.recipientKey() + " "
                + (p.amount() != null ? p.amount().value().toPlainString() + " " + p.amount().currency() : p.items())
                + " " + p.aidType() + " " + p.status() + (p.periodStart() == null ? "" : " " + p.periodStart() + ".." + p.periodEnd()))
                .toList();
    }

    @Test
    void donorRecipientAmountTypeStatusAndPeriod() {
        assertEquals(List.of("country/germany -> country/ukraine 1400000000 EUR MilitaryAid Pledged 2025-01-01..2025-12-31"),
                pledges("Germany will provide €1.4bn in military aid to Ukraine this year."));
        assertEquals(List.of("country/japan -> country/moldova 425000000 USD HumanitarianAid Committed"),
                pledges("Japan has committed $425 million in humanitarian assistance to Moldova."));
        assertEquals(List.of("country/canada -> country/ukraine 2000000000 CAD FinancialAid Delivered"),
                pledges("Canada delivered C$2 billion in budget support loans to Ukraine."));
    }

    @Test
    void donorAfterFromAndCapitalsStandForTheirState() {
        assertEquals(List.of("country/united-states -> country/ukraine 8000000000 USD MilitaryAid Pledged"),
                pledges("There has been further military aid for Ukraine, including nearly $8 billion of assistance from the United States."));
        assertEquals(List.of("country/netherlands -> country/ukraine 40 Leopard 1 tanks MilitaryAid Pledged"),
                pledges("The Netherlands announced it will send 40 Leopard 1 tanks to support Kyiv."));
    }

    @Test
    void moneyThatIsNotAPledge() {
        assertEquals(List.of(), pledges("Allies have provided Ukraine with more than 99% of all military aid."));
        assertEquals(List.of(), pledges("Poland will spend $10 billion to buy tanks for its own armed forces."));
        assertEquals(List.of(), pledges("Germany's defence budget of €52 billion was approved last year."));
        assertEquals(List.of(), pledges("The war has caused damage estimated at $500 billion."));
    }
}
