package org.alliancegraph.extract;

import static org.alliancegraph.extract.AnnotatorFixtures.document;
import static org.alliancegraph.extract.AnnotatorFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.alliancegraph.TestSupport;

class MentionAnnotatorTest {

    private static Document annotate(String text) {
        return run(document(text), new ZoneAnnotator(), new SentenceAnnotator(),
                new MentionAnnotator(TestSupport.catalog()));
    }

    private static List<String> keys(Document d) { return d.mentions().stream().map(Mention::entityKey).toList(); }

    @Test
    void aliasesOfOnePersonResolveToOneEntity() {
        Document d = annotate("""
                Talks in Brussels
                President Zelenskyy met the press. Zelensky said more. Vladimir Zelenskyy, as one outlet spelt it, left.
                Volodymyr Zelenskyy’s plan was discussed.""");
        assertEquals(List.of("place/brussels", "person/volodymyr-zelenskyy", "person/volodymyr-zelenskyy",
                "person/volodymyr-zelenskyy", "person/volodymyr-zelenskyy"), keys(d));
        Entity z = d.entity("person/volodymyr-zelenskyy").orElseThrow();
        assertEquals("Volodymyr Zelenskyy", z.label());
        assertEquals(Set.of("Zelenskyy", "Zelensky", "Vladimir Zelenskyy", "Volodymyr Zelenskyy"), z.surfaces());
    }

    @Test
    void theAllianceIsNatoAndLongestMatchWins() {
        Document d = annotate("Headline\nThe Alliance met at NATO Headquarters. The alliance agreed. NATO said so.");
        assertEquals(List.of("organisation/nato", "place/nato-headquarters", "organisation/nato", "organisation/nato"), keys(d));
    }

    @Test
    void commonWordsAreNotNames() {
        Document d = annotate("Headline\nLet us roast a turkey in georgia. The US and Turkey disagreed.");
        assertEquals(List.of("country/united-states", "country/turkey"), keys(d));
    }

    @Test
    void mentionsCarryTheirSentenceAsContext() {
        Document d = annotate("Headline\nFirst sentence here. Then Rutte spoke in Kyiv.");
        Mention rutte = d.mentions().get(0);
        assertEquals("Then Rutte spoke in Kyiv.", d.text(rutte.context()));
        assertEquals("Rutte", d.text(rutte.span()));
        assertTrue(rutte.confidence() < d.mentions().get(1).confidence(), "a surname alone is less certain");
    }

    @Test
    void boilerplateIsNotSearched() {
        Document d = annotate("Headline\nRead also: Putin says something\nRelated\n- Trump link\nOnly Kyiv here.");
        assertEquals(List.of("place/kyiv"), keys(d));
    }

    @Test
    void governmentBodiesAndCapitalsOfTheReferenceList() {
        Document d = annotate("""
                Headline
                The Pentagon and the State Department briefed the House of Commons. The Bundeswehr trains crews.
                The NATO-Ukraine Council met. Talks moved from Chișinău to Tbilisi and then to Ramstein Air Base.""");
        assertEquals(List.of("organisation/pentagon", "organisation/state-department", "organisation/house-of-commons",
                "organisation/bundeswehr", "organisation/nato-ukraine-council", "place/chisinau", "place/tbilisi",
                "place/ramstein-air-base"), keys(d));
    }
}

