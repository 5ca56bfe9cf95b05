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
    void theObjectOfAGivingVerbIsTheRecipient() {
        assertEquals(List.of("country/poland -> country/ukraine 300000000 EUR MilitaryAid Pledged"),
                pledges("Poland will send Ukraine €300 million in ammunition."));
        assertEquals(List.of("country/norway -> country/ukraine 2000000000 NOK MilitaryAid Pledged"),
                pledges("Norway would give Kyiv air defence ammunition worth 2 billion Norwegian kroner, its minister said."));
        // A capital where the deal was struck is a venue, not a donor.
        assertEquals(List.of("country/france -> country/ukraine 1000000000 EUR FinancialAid Pledged"),
                pledges("In Washington on Friday, France agreed a €1bn loan to Ukraine."));
    }

    @Test
    void inKindAidWithoutAnAmount() {
        assertEquals(List.of("country/finland -> country/ukraine armoured personnel carriers MilitaryAid Pledged"),
                pledges("Finland will hand over a further batch of armoured personnel carriers to Ukraine."));
        assertEquals(List.of("country/norway -> country/ukraine promised radars MilitaryAid Delivered"),
                pledges("Norway said all the promised radars had now reached Ukraine."));
        // Items in one clause, money in another: two pledges, each with its own status.
        assertEquals(List.of("country/poland -> country/ukraine 500000000 EUR MilitaryAid Committed",
                        "country/poland -> country/ukraine three more howitzers MilitaryAid Pledged"),
                pledges("Poland will deliver three more howitzers to Ukraine and has earmarked €500 million for ammunition."));
        assertEquals(List.of("country/estonia -> country/ukraine null MilitaryAid Pledged",
                        "country/finland -> country/ukraine null MilitaryAid Pledged"),
                pledges("There has been further military aid for Ukraine, including new contributions from Estonia and Finland."));
    }

    @Test
    void statusFollowsTheClauseAndTheAidTypeTheContext() {
        assertEquals(List.of("country/sweden -> country/ukraine 1000000000 SEK MilitaryAid Pledged 2026-01-01..2026-12-31"),
                pledges("Sweden pledged 1 billion Swedish kronor for shells for Ukraine, to be delivered next year."));
        assertEquals(List.of("country/united-states -> country/ukraine 60000000000 USD MilitaryAid Delivered"),
                pledges("The United States has provided over 60 billion dollars in military assistance to Ukraine."));
        assertEquals(List.of("organisation/g7 -> country/ukraine 50000000000 USD FinancialAid Pledged",
                        "country/japan -> country/ukraine 3000000000 USD FinancialAid Pledged"),
                pledges("The G7 agreed a $50 billion loan to Ukraine. Japan will provide $3 billion of it."));
    }

    @Test
    void moneyThatIsNotAPledge() {
        assertEquals(List.of(), pledges("Allies have provided Ukraine with more than 99% of all military aid."));
        assertEquals(List.of(), pledges("Poland will spend $10 billion to buy tanks for its own armed forces."));
        assertEquals(List.of(), pledges("Germany's defence budget of €52 billion was approved last year."));
        assertEquals(List.of(), pledges("The war has caused damage estimated at $500 billion."));
    }
}
