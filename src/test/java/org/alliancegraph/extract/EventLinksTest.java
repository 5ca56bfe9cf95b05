package org.alliancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.alliancegraph.TestSupport;
import org.alliancegraph.ingest.Article;

/** Statements placed at an event (ag:atEvent) and pledges announced at one (ag:announcedAt). */
class EventLinksTest {

    private static Document run(String body) {
        return Pipeline.standard(TestSupport.catalog())
                .run(new Article("t.txt", Map.of("published", "2024-12-04"), "Headline\n\n" + body, "0".repeat(64)));
    }

    @Test
    void aPledgeAnnouncedOnTheMarginsOfASummit() {
        Document d = run("EU leaders met at a summit in Brussels on Tuesday. On the margins of the summit, "
                + "Norway announced an extra EUR 200 million for Ukraine.");
        assertEquals(1, d.pledges().size());
        assertEquals(d.events().get(0).key(), d.pledges().get(0).announcedAtEventKey());
    }

    @Test
    void aStatementMadeAtABriefing() {
        Document d = run("Aid will keep flowing, Deputy Minister Anna Berg said at a briefing with journalists on Monday.");
        assertEquals("pressconference-2024-12-02-anna-berg", d.statements().get(0).eventKey());
    }

    @Test
    void anEventNamedInsideTheQuotedWordsIsNotWhereTheyWereSpoken() {
        Document d = run("\"Allies agreed at the summit in Vilnius on Tuesday to send more,\" Anna Berg told reporters.");
        assertEquals(1, d.events().size());
        assertNull(d.statements().get(0).eventKey());
    }
}
