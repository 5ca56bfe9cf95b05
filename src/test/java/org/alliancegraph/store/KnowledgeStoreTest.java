package org.alliancegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;
import org.alliancegraph.rdf.OntologyFiles;

class KnowledgeStoreTest {
    private static final String PREFIXES = """
            PREFIX ag: <https://w3id.org/alliancegraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;

    @TempDir static Path seededDir;
    static KnowledgeStore seeded;

    @BeforeAll
    static void loadSeeds() { seeded = TestSupport.seededStore(seededDir); }

    /** Runs a SELECT over the union of all graphs (what the endpoint's default graph is). */
    static List<QuerySolution> select(KnowledgeStore store, String query) {
        var dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            var model = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dsg.getUnionGraph());
            try (QueryExecution qe = QueryExecution.model(model).query(PREFIXES + query).build()) {
                List<QuerySolution> rows = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    @Test
    void seedsGiveFiveArticlesAndOneResourcePerPerson() {
        assertEquals(5, seeded.articleSlugs().size());
        assertTrue(seeded.hasArticles());
        assertEquals(5, select(seeded, "SELECT ?a WHERE { ?a a ag:Article }").size());
        for (String name : List.of("Rutte", "Zelensk")) {
            List<QuerySolution> rows = select(seeded, """
                    SELECT DISTINCT ?p WHERE { ?p a ag:Person ; rdfs:label|skos:altLabel ?l
                      FILTER(CONTAINS(STR(?l), "%s")) }""".formatted(name));
            assertEquals(1, rows.size(), "resources for " + name + ": " + rows);
        }
        List<QuerySolution> z = select(seeded, """
                SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?p owl:sameAs <http://www.wikidata.org/entity/Q3874799> ; ag:mentionedIn ?a }""");
        assertEquals(5, z.get(0).getLiteral("n").getInt(), "Zelenskyy is in all five seeds, under several spellings");
    }

    @Test
    void everyPersonIsListedOnceWithOneLabel() {
        List<QuerySolution> rows = select(seeded, "SELECT ?p (COUNT(?l) AS ?n) WHERE { ?p a ag:Person ; rdfs:label ?l } GROUP BY ?p");
        assertTrue(rows.size() >= 6, "people: " + rows.size());
        rows.forEach(r -> assertEquals(1, r.getLiteral("n").getInt(), "labels of " + r.get("p")));
    }

    @Test
    void aPledgeReportedByThreeArticlesIsOneResourceWithThreeEvidences() {
        List<QuerySolution> rows = select(seeded, """
                PREFIX schema: <http://schema.org/>
                SELECT ?pledge (COUNT(DISTINCT ?e) AS ?evidences) (COUNT(DISTINCT ?a) AS ?articles) WHERE {
                  ?pledge a ag:Pledge ; ag:amount [ schema:value ?value ; schema:currency "EUR" ] ;
                          ag:donor <http://localhost:3030/id/organisation/nato> ;
                          ag:recipient <http://localhost:3030/id/country/ukraine> ;
                          ag:evidence ?e . ?e ag:inArticle ?a FILTER(?value = 40000000000) } GROUP BY ?pledge""");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(3, rows.get(0).getLiteral("evidences").getInt());
        assertEquals(3, rows.get(0).getLiteral("articles").getInt());
    }

    @Test
    void theSeededStorePassesShacl() {
        var report = new StoreValidator(OntologyFiles.shapes()).validate(seeded);
        assertEquals(0, StoreValidator.violations(report), () -> report.getEntries().toString());
    }

    @Test
    void everyEvidenceQuotesTheTextAtItsOffsets() {
        List<QuerySolution> rows = select(seeded, """
                SELECT ?e ?b ?end ?exact ?text WHERE { ?e a ag:Evidence ; ag:beginIndex ?b ; ag:endIndex ?end ;
                  ag:exact ?exact ; ag:inArticle/ag:text ?text }""");
        assertTrue(rows.size() > 40, "evidences: " + rows.size());
        for (QuerySolution r : rows) {
            String text = r.getLiteral("text").getString();
            int b = text.offsetByCodePoints(0, r.getLiteral("b").getInt());
            int e = text.offsetByCodePoints(0, r.getLiteral("end").getInt());
            assertEquals(r.getLiteral("exact").getString(), text.substring(b, e), r.get("e").toString());
        }
    }

    @Test
    void loadingTheSameArticlesAgainChangesNothing(@TempDir Path dir) {
        KnowledgeStore store = TestSupport.seededStore(dir);
        long size = store.size();
        Set<String> uris = uris(store);
        Loader loader = new Loader(store, TestSupport.extractor());

        Loader.Report again = loader.load(TestSupport.seedFiles(), false);
        assertEquals(5, again.unchanged());
        assertEquals(size, store.size());

        Loader.Report forced = loader.load(TestSupport.seedFiles(), true);
        assertEquals(5, forced.replaced());
        assertEquals(size, store.size());
        assertEquals(uris, uris(store));
    }

    private static Set<String> uris(KnowledgeStore store) {
        Set<String> uris = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getObject()})
                if (n.isURI())
                    uris.add(n.getURI());
        }));
        return uris;
    }

    @Test
    void badFilesAreRefusedAndTheStoreKeepsEverything(@TempDir Path dir, @TempDir Path inbox) throws Exception {
        KnowledgeStore store = TestSupport.seededStore(dir);
        long size = store.size();
        Files.write(inbox.resolve("a_empty.txt"), new byte[0]);
        Files.write(inbox.resolve("b_binary.txt"), new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0, 0});
        Files.write(inbox.resolve("c_latin1.txt"), "Caf\u00e9 in Kyiv".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(inbox.resolve("d_good.txt"), "Allies meet in Brussels\nRutte met Zelenskyy in Kyiv on Friday.");

        Loader.Report report = new Loader(store, TestSupport.extractor()).load(
                org.alliancegraph.ingest.ArticleFiles.expand(List.of(inbox)), false);

        assertEquals(1, report.added());
        assertEquals(List.of("a_empty.txt: empty file", "b_binary.txt: binary content (NUL bytes), not a text article",
                "c_latin1.txt: invalid UTF-8 near byte 3"), report.failures());
        assertEquals(6, store.articleSlugs().size());
        assertTrue(store.size() > size);
        assertTrue(store.remove("d_good.txt"));
        assertEquals(size, store.size(), "removing the new article restores the store exactly");
    }

    @Test
    void aStoreWithOnlyTheOntologyHasNoArticles(@TempDir Path dir) {
        KnowledgeStore store = KnowledgeStore.open(dir, TestSupport.URIS);
        store.putOntology(org.alliancegraph.rdf.OntologyFiles.ontology());
        assertFalse(store.hasArticles());
    }

    @Test
    void removeDropsTheGraphAndReferenceEntriesNoLongerMentioned(@TempDir Path dir) {
        KnowledgeStore store = TestSupport.seededStore(dir);
        String sybiha = "SELECT ?p WHERE { ?p rdfs:label \"Andrii Sybiha\"@en }";
        assertEquals(1, select(store, sybiha).size());
        assertTrue(store.remove("003_7aa6fcb4fa6a78e7"));
        assertFalse(store.remove("003_7aa6fcb4fa6a78e7"));
        assertEquals(4, store.articleSlugs().size());
        assertEquals(0, select(store, sybiha).size(), "only article 003 mentions Sybiha");
        assertEquals(1, select(store, "SELECT ?p WHERE { ?p rdfs:label \"Mark Rutte\"@en ; owl:sameAs ?wd }").size());
        var report = new StoreValidator(OntologyFiles.shapes()).validate(store);
        assertEquals(0, StoreValidator.violations(report), () -> report.getEntries().toString());
    }

    @Test
    void anUnwritableDataDirectoryGivesAClearError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("not-a-dir");
        Files.writeString(file, "x");
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> KnowledgeStore.open(file, TestSupport.URIS));
        assertTrue(e.getMessage().startsWith("cannot create data directory"), e.getMessage());
    }
}
