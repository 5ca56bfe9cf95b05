package org.alliancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Amounts written to break number parsing: whatever is recognised is finite, not negative and in ISO currency.
 * (Today none of "1e309", "€-5bn", "NaN", "Infinity", "0x1F" or the 5,000-digit number is taken for an amount.)
 */
class HostileAmountsTest {
    static final List<String> HOSTILE = List.of(
            "Germany pledged EUR 1e309 in military aid.",
            "France pledged €-5bn in military aid.",
            "France pledged -€5bn in military aid.",
            "Italy pledged 1000000000000000000000000000000 billion euros.",
            "Spain gave $.5bn to Ukraine.",
            "Poland gave 1,2,3 million zloty.",
            "Norway gave NaN billion kroner.",
            "Denmark gave Infinity euros.",
            "Sweden gave 0x1F million euros.",
            "Latvia gave €5bn€5bn€5bn.",
            "Estonia gave € " + "9".repeat(5000) + " billion.");

    /** More than a quadrillion in any currency is a parsing accident, not a pledge. */
    static final BigDecimal PLAUSIBLE = new BigDecimal("1e15");

    @Test
    void hostileAmountsAreFiniteAndNotNegative() {
        for (String sentence : HOSTILE) {
            Document d = AnnotatorFixtures.run(AnnotatorFixtures.document("Headline\n" + sentence),
                    new ZoneAnnotator(), new SentenceAnnotator(), new MoneyAnnotator());
            for (MoneyAmount a : d.amounts()) {
                assertTrue(a.value().signum() >= 0, sentence + " gave " + a.value());
                assertTrue(a.value().compareTo(PLAUSIBLE) < 0, sentence + " gave " + a.value().toPlainString());
                assertTrue(a.currency().matches("[A-Z]{3}"), sentence + " gave currency " + a.currency());
            }
        }
    }
}
