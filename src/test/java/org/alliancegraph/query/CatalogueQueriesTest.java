package org.alliancegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;
import org.alliancegraph.store.KnowledgeStore;

/**
 * Every catalogue query runs on the seeded store and answers what the seed texts say. The facts
 * checked are in the seed articles (quoted in the comments), not incidental counts.
 */
class CatalogueQueriesTest {
    static final String AG = "https://w3id.org/alliancegraph/ontology#";
    static final String A000 = TestSupport.URIS.article("000_5829618acf563d49");
    static final String A001 = TestSupport.URIS.article("001_f6d04f62d38808dd");
    static final String A002 = TestSupport.URIS.article("002_877c18a38d6ec069");
    static final String A004 = TestSupport.URIS.article("004_ccd737c3ae17ccd4");
    /** The queries this class tests; {@link #everyCatalogueQueryIsTestedHere} keeps it complete. */
    static final Set<String> TESTED = Set.of("pledges", "pledge-totals", "membership-positions", "timeline",
            "statements-by-person", "evidence-for-fact", "wikidata-ids", "roles", "compare-reports", "co-mentions",
            "articles-per-publisher", "articles", "most-mentioned", "search-statements", "search-evidence",
            "search-entities", "wikidata-federation");

    @TempDir static Path data;
    static KnowledgeStore store;
    static final QueryCatalogue CATALOGUE = QueryCatalogue.load();

    @BeforeAll
    static void seed() { store = TestSupport.seededStore(data); }

    @Test
    void everyCatalogueQueryIsTestedHereAndDocumented() {
        Set<String> names = new TreeSet<>();
        for (CatalogueQuery q : CATALOGUE.all()) {
            names.add(q.name());
            assertFalse(q.title().equals(q.name()), q.name() + " has a Title");
            assertFalse(q.question().isBlank(), q.name() + " has a Question");
            assertFalse(q.answer().isBlank(), q.name() + " describes its Answer");
            q.parameterized().asQuery(); // parses
        }
        assertTrue(names.size() >= 15, "at least 15 queries: " + names);
        assertEquals(new TreeSet<>(TESTED), names, "each catalogue query has a test here (wikidata-federation: FederationTest)");
    }

    @Test
    void pledges() {
        List<QuerySolution> rows = run(CATALOGUE.get("pledges").parameterized());
        // 000: "EUR 40 billion in military aid to Ukraine next year"; 001: "a financial pledge of 40
        // billion euros"; 002: "its 40 billion euro military aid pledge": one pledge, three articles.
        QuerySolution forty = only(rows, r -> decimal(r, "amount").compareTo(new BigDecimal("40000000000")) == 0);
        assertEquals("EUR", forty.getLiteral("currency").getString());
        assertEquals("NATO", forty.getLiteral("donorName").getString());
        assertEquals("Ukraine", forty.getLiteral("recipientName").getString());
        assertEquals(3, forty.getLiteral("reports").getInt());
        assertEquals(Set.of(A000, A001, A002), Set.of(forty.getLiteral("articles").getString().split(" ")));
        // 001: "nearly $8 billion of assistance from the United States"
        QuerySolution usd = only(rows, r -> "United States".equals(string(r, "donorName")));
        assertEquals("USD", usd.getLiteral("currency").getString());
        assertEquals(0, decimal(usd, "amount").compareTo(new BigDecimal("8000000000")));
        // 004: "Australia for its recent announcement to send US-made M1A1 tanks": in kind, no amount
        QuerySolution tanks = only(rows, r -> "Australia".equals(string(r, "donorName")));
        assertTrue(tanks.getLiteral("items").getString().contains("M1A1"));
        assertFalse(tanks.contains("amount"));
    }

    @Test
    void pledgeTotals() {
        List<QuerySolution> rows = run(CATALOGUE.get("pledge-totals").parameterized());
        // 000: EUR 40 billion for next year and "EUR 20.9 billion ... in the first half of 2024"
        QuerySolution nato = only(rows, r -> "NATO".equals(string(r, "donorName")) && "EUR".equals(string(r, "currency")));
        assertEquals(0, decimal(nato, "total").compareTo(new BigDecimal("60900000000")), nato::toString);
        assertEquals(2, nato.getLiteral("pledges").getInt());
        QuerySolution us = only(rows, r -> "United States".equals(string(r, "donorName")));
        assertEquals("USD", string(us, "currency"));
        assertEquals(0, decimal(us, "total").compareTo(new BigDecimal("8000000000")));
        assertTrue(rows.stream().noneMatch(r -> "Australia".equals(string(r, "donorName"))), "in-kind aid has no total");
    }

    @Test
    void membershipPositions() {
        List<QuerySolution> rows = run(CATALOGUE.get("membership-positions").parameterized());
        // 001 (3 Oct 2024): Rutte said "Ukraine's path to membership is irreversible."
        assertTrue(rows.stream().anyMatch(r -> "Mark Rutte".equals(string(r, "holderName"))
                && (AG + "IrreversiblePath").equals(r.getResource("stance").getURI())
                && "2024-10-03".equals(string(r, "date"))), rows::toString);
        // 004: Zelenskyy: an "immediate" invitation for Ukraine to join NATO would be "decisive"
        assertTrue(rows.stream().anyMatch(r -> "Volodymyr Zelenskyy".equals(string(r, "holderName"))
                && (AG + "CallsForInvitation").equals(r.getResource("stance").getURI())));
        assertTrue(rows.stream().allMatch(r -> "Ukraine".equals(string(r, "candidateName"))
                && "NATO".equals(string(r, "organisationName"))));
        assertSortedBy(rows, "date");
    }

    @Test
    void timeline() {
        List<QuerySolution> rows = run(CATALOGUE.get("timeline").parameterized());
        assertSortedBy(rows, "start");
        // 001: "Rutte met with Ukraine President Volodymyr Zelenskyy in Kyiv" (Thursday, 3 Oct 2024)
        assertTrue(rows.stream().anyMatch(r -> "2024-10-03".equals(string(r, "start")) && "Kyiv".equals(string(r, "placeName"))
                && string(r, "participants").contains("Volodymyr Zelenskyy") && string(r, "participants").contains("Mark Rutte")), rows::toString);
        // 000: "a meeting of NATO defense ministers is being held on October 17-18"
        assertTrue(rows.stream().anyMatch(r -> (AG + "MinisterialMeeting").equals(r.getResource("kind").getURI())
                && "2024-10-17".equals(string(r, "start")) && "2024-10-18".equals(string(r, "end"))));
    }

    @Test
    void statementsByPerson() {
        ParameterizedSparqlString q = CATALOGUE.get("statements-by-person").parameterized();
        q.setIri("speaker", TestSupport.URIS.base() + "id/person/mark-rutte");
        List<QuerySolution> rows = run(q);
        assertTrue(rows.stream().allMatch(r -> "Mark Rutte".equals(string(r, "speakerName"))), "only his statements");
        // 001: Rutte said "Ukraine's path to membership is irreversible." (a direct quotation)
        QuerySolution irreversible = only(rows, r -> string(r, "text").equals("Ukraine’s path to membership is irreversible"));
        assertEquals(A001, irreversible.getResource("article").getURI());
        assertTrue(irreversible.getLiteral("direct").getBoolean());
        // Unbound, the same query lists other speakers too (004: Zelenskyy on the invitation)
        assertTrue(run(CATALOGUE.get("statements-by-person").parameterized()).stream()
                .anyMatch(r -> "Volodymyr Zelenskyy".equals(string(r, "speakerName"))));
    }

    @Test
    void evidenceForFact() {
        QuerySolution forty = only(run(CATALOGUE.get("pledges").parameterized()),
                r -> decimal(r, "amount").compareTo(new BigDecimal("40000000000")) == 0);
        ParameterizedSparqlString q = CATALOGUE.get("evidence-for-fact").parameterized();
        q.setIri("fact", forty.getResource("pledge").getURI());
        List<QuerySolution> rows = run(q);
        assertEquals(Set.of(A000, A001, A002), Set.copyOf(rows.stream().map(r -> r.getResource("article").getURI()).toList()));
        for (QuerySolution r : rows) {
            String sentence = string(r, "sentence");
            assertTrue(sentence.contains("40 billion"), sentence);
            assertEquals(sentence.codePointCount(0, sentence.length()), r.getLiteral("end").getInt() - r.getLiteral("begin").getInt());
        }
    }

    @Test
    void wikidataIds() {
        List<QuerySolution> rows = run(CATALOGUE.get("wikidata-ids").parameterized());
        // verified ids (NOTES.md): NATO Q7184, Ukraine Q212, Zelenskyy Q3874799, Rutte Q57792
        assertEquals("http://www.wikidata.org/entity/Q7184", wikidata(rows, "NATO"));
        assertEquals("http://www.wikidata.org/entity/Q212", wikidata(rows, "Ukraine"));
        assertEquals("http://www.wikidata.org/entity/Q3874799", wikidata(rows, "Volodymyr Zelenskyy"));
        assertEquals("http://www.wikidata.org/entity/Q57792", wikidata(rows, "Mark Rutte"));
        // NATO is named in all five seed articles
        assertEquals(5, only(rows, r -> "NATO".equals(string(r, "name"))).getLiteral("articles").getInt());
    }

    @Test
    void roles() {
        List<QuerySolution> rows = run(CATALOGUE.get("roles").parameterized());
        // 001 (Thursday 3 Oct 2024): "It was Rutte's first trip since taking over the helm of NATO Tuesday"
        QuerySolution rutte = only(rows, r -> "Mark Rutte".equals(string(r, "personName")));
        assertEquals("Secretary General", string(rutte, "postLabel"));
        assertEquals("NATO", string(rutte, "inName"));
        assertEquals("2024-10-01", string(rutte, "since"));
        // 001: "President Volodymyr Zelenskyy of Ukraine"
        QuerySolution zelenskyy = only(rows, r -> "Volodymyr Zelenskyy".equals(string(r, "personName")));
        assertEquals("Ukraine", string(zelenskyy, "inName"));
    }

    @Test
    void compareReports() {
        List<QuerySolution> rows = run(CATALOGUE.get("compare-reports").parameterized());
        String forty = TestSupport.URIS.base() + "id/pledge/nato-ukraine-40000000000-eur";
        List<QuerySolution> pledge = rows.stream().filter(r -> r.getResource("fact").getURI().equals(forty)).toList();
        assertFalse(pledge.isEmpty(), "the EUR 40 billion pledge is reported by several articles");
        assertTrue(pledge.stream().allMatch(r -> r.getLiteral("reports").getInt() == 3));
        // all three name the donor and the recipient...
        assertTrue(pledge.stream().anyMatch(r -> (AG + "recipient").equals(r.getResource("property").getURI())
                && r.getLiteral("reportedBy").getInt() == 3));
        // ...but not all give the same details (000 alone says "agreed during a Washington summit"
        // and "next year"; 002 gives no period)
        assertTrue(pledge.stream().anyMatch(r -> r.getLiteral("reportedBy").getInt() < 3), pledge::toString);
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("reportedBy").getInt() <= r.getLiteral("reports").getInt()));
    }

    @Test
    void coMentions() {
        ParameterizedSparqlString q = CATALOGUE.get("co-mentions").parameterized();
        q.setIri("entity", TestSupport.URIS.base() + "id/person/mark-rutte");
        List<QuerySolution> rows = run(q);
        assertTrue(rows.stream().allMatch(r -> "Mark Rutte".equals(string(r, "entityName"))));
        // Rutte and Zelenskyy are both named in each of the five seed articles
        assertEquals(5, only(rows, r -> "Volodymyr Zelenskyy".equals(string(r, "otherName"))).getLiteral("articles").getInt());
        assertEquals(5, rows.get(0).getLiteral("articles").getInt(), "most frequent first");
    }

    @Test
    void articlesPerPublisher() {
        List<QuerySolution> rows = run(CATALOGUE.get("articles-per-publisher").parameterized());
        assertEquals(5, rows.stream().mapToInt(r -> r.getLiteral("articles").getInt()).sum(), "every article counted once");
        // CONTRACT §4: 000 is Ukrinform's, 001 the Diplomatic Times'
        assertEquals(1, only(rows, r -> "Ukrinform".equals(string(r, "publisherName"))).getLiteral("articles").getInt());
        assertEquals("2024-10-03", string(only(rows, r -> "Diplomatic Times".equals(string(r, "publisherName"))), "first"));
        // 003: "reports European Pravda", "Reuters reported"
        assertTrue(rows.stream().anyMatch(r -> string(r, "citedSources").contains("Reuters")));
    }

    @Test
    void articles() {
        List<QuerySolution> rows = run(CATALOGUE.get("articles").parameterized());
        assertEquals(5, rows.size());
        QuerySolution a001 = only(rows, r -> r.getResource("article").getURI().equals(A001));
        assertEquals("001_f6d04f62d38808dd.txt", string(a001, "sourceFile"));
        assertEquals("2024-10-03", string(a001, "published"));
        assertTrue(a001.getLiteral("evidence").getInt() > 0);
        List<QuerySolution> oldestFirst = new ArrayList<>(rows);
        java.util.Collections.reverse(oldestFirst);
        assertSortedBy(oldestFirst, "published");
    }

    @Test
    void mostMentioned() {
        List<QuerySolution> rows = run(CATALOGUE.get("most-mentioned").parameterized());
        // NATO, Ukraine, Rutte and Zelenskyy are named in every seed article
        for (String name : List.of("NATO", "Ukraine", "Mark Rutte", "Volodymyr Zelenskyy"))
            assertEquals(5, only(rows, r -> name.equals(string(r, "name"))).getLiteral("articles").getInt(), name);
        assertEquals(5, rows.get(0).getLiteral("articles").getInt());
    }

    @Test
    void searchStatements() {
        // default: "invitation" — 004: "An invitation now with membership later will have no political cost"
        List<QuerySolution> rows = run(CATALOGUE.get("search-statements").parameterized());
        assertTrue(rows.stream().anyMatch(r -> "Volodymyr Zelenskyy".equals(string(r, "speakerName"))
                && string(r, "text").contains("An invitation now with membership later")), rows::toString);
        assertTrue(rows.stream().allMatch(r -> string(r, "text").toLowerCase().contains("invitation")));
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("score").getDouble() > 0));
        ParameterizedSparqlString q = CATALOGUE.get("search-statements").parameterized();
        q.setLiteral("words", "irreversible");
        List<QuerySolution> irreversible = run(q);
        assertTrue(irreversible.stream().anyMatch(r -> string(r, "text").equals("Ukraine’s path to membership is irreversible")));
        assertTrue(irreversible.stream().noneMatch(r -> string(r, "text").toLowerCase().contains("invitation")));
    }

    @Test
    void searchEvidence() {
        // default "tanks" — 004: "...Australia for its recent announcement to send US-made M1A1 tanks..."
        List<QuerySolution> rows = run(CATALOGUE.get("search-evidence").parameterized());
        assertEquals(Set.of(A004), Set.copyOf(rows.stream().map(r -> r.getResource("article").getURI()).toList()));
        assertTrue(string(rows.get(0), "sentence").contains("M1A1 tanks"));
        ParameterizedSparqlString q = CATALOGUE.get("search-evidence").parameterized();
        q.setLiteral("words", "\"40 billion\"");
        Set<String> articles = new TreeSet<>(run(q).stream().map(r -> r.getResource("article").getURI()).toList());
        assertTrue(articles.containsAll(Set.of(A000, A001)), articles::toString);
    }

    @Test
    void searchEntities() {
        // default "Zelensky", a spelling the articles use besides "Zelenskyy"
        List<QuerySolution> rows = run(CATALOGUE.get("search-entities").parameterized());
        assertEquals("Volodymyr Zelenskyy", string(rows.get(0), "name"), rows::toString);
        ParameterizedSparqlString q = CATALOGUE.get("search-entities").parameterized();
        q.setLiteral("words", "Rutte");
        assertEquals("Mark Rutte", string(run(q).get(0), "name"));
    }

    // ---- helpers

    List<QuerySolution> run(ParameterizedSparqlString query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(query.asQuery(), DatasetFactory.wrap(store.dataset()))) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    static QuerySolution only(List<QuerySolution> rows, Predicate<QuerySolution> test) {
        List<QuerySolution> matching = rows.stream().filter(test).toList();
        assertEquals(1, matching.size(), () -> "exactly one matching row in " + rows);
        return matching.get(0);
    }

    static String string(QuerySolution row, String var) {
        return row.contains(var) ? row.get(var).asLiteral().getLexicalForm() : "";
    }

    static BigDecimal decimal(QuerySolution row, String var) {
        return row.contains(var) ? new BigDecimal(row.getLiteral(var).getLexicalForm()) : BigDecimal.valueOf(-1);
    }

    static String wikidata(List<QuerySolution> rows, String name) {
        return rows.stream().filter(r -> name.equals(string(r, "name"))).map(r -> r.getResource("wikidata").getURI())
                .findFirst().orElse("(none)");
    }

    static void assertSortedBy(List<QuerySolution> rows, String var) {
        List<String> values = rows.stream().map(r -> string(r, var)).filter(s -> !s.isEmpty()).toList();
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(null);
        assertEquals(sorted, values, "ordered by " + var);
    }
}
