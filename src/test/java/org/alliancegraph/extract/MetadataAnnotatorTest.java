package org.alliancegraph.extract;

import static org.alliancegraph.extract.AnnotatorFixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.alliancegraph.TestSupport;
import org.alliancegraph.ingest.Article;

class MetadataAnnotatorTest {

    private static Document run(String text, Map<String, String> header) {
        return Pipeline.standard(TestSupport.catalog()).run(new Article("t.txt", header, text, "0".repeat(64)));
    }

    @Test
    void bylineAndCaptionGiveAuthorPublisherAndDate() {
        Document d = run("""
                The minister greets troops in Riga Feb. 12, 2025.
                By Jane Doe – THE NORTHERN HERALD
                The minister arrived on Wednesday, reports Politico.""", Map.of());
        ArticleMetadata m = d.metadata();
        assertEquals(LocalDate.of(2025, 2, 12), m.published());
        assertEquals("person/jane-doe", m.authorKey());
        assertEquals("organisation/the-northern-herald", m.publisherKey());
        assertEquals("The Northern Herald", d.entity(m.publisherKey()).orElseThrow().label());
        assertEquals(Set.of("organisation/politico"), m.citedSourceKeys());
        assertEquals(Set.of(ArticleMetadata.Field.TITLE, ArticleMetadata.Field.PUBLISHED,
                ArticleMetadata.Field.PUBLISHER, ArticleMetadata.Field.AUTHOR), m.inferred());
        assertEquals("The minister greets troops in Riga Feb. 12, 2025.", m.title());
    }

    @Test
    void aBylineOutletEndsAtAVerticalBar() {
        Document d = run("""
                Talks in Riga
                By Jane Doe, Baltic Courier | Riga | 3 March 2025
                The minister arrived on Wednesday.""", Map.of());
        assertEquals("organisation/baltic-courier", d.metadata().publisherKey());
        assertEquals("person/jane-doe", d.metadata().authorKey());
    }

    @Test
    void aBylineMayNameTwoAuthors() {
        Document d = run("""
                Talks in Riga
                By Anna Berg and Tomás Ruiz, Nordic & Baltic Post
                The minister arrived on Wednesday.""", Map.of());
        assertEquals("person/anna-berg", d.metadata().authorKey());
        assertEquals("organisation/nordic-baltic-post", d.metadata().publisherKey());
        assertTrue(d.entity("person/tomas-ruiz").isPresent(), () -> d.entities().toString());
    }

    @Test
    void aPhotoCreditNamesThePhotographerAndTheAgency() {
        for (String caption : List.of("Photo: Soldiers unload crates near Odesa. (Harbour Wire/Ines Vidal)",
                "Photo caption: Soldiers unload crates near Odesa. Credit: Harbour Wire / Ines Vidal",
                "Photo: Soldiers unload crates near Odesa on 3 March. © Harbour Wire / Ines Vidal")) {
            Document d = run(caption + "\n\nThe minister arrived in Odesa on Wednesday.", Map.of("published", "2025-03-06"));
            Set<String> keys = d.mentions().stream().map(Mention::entityKey).collect(java.util.stream.Collectors.toSet());
            assertTrue(keys.containsAll(Set.of("person/ines-vidal", "organisation/harbour-wire")), caption + " gave " + keys);
        }
    }

    @Test
    void aDateLineWinsOverTheCaptionsDate() {
        Document d = run("""
                Photo: Ministers gather for the family photo in Oslo, 3 March 2025.
                Ministers agree on a new fund
                Tuesday 4 March 2025

                The ministers met on Monday.""", Map.of());
        assertEquals(LocalDate.of(2025, 3, 4), d.metadata().published());
    }

    @Test
    void numericDateLinesAreDayFirst() {
        assertEquals(LocalDate.of(2024, 12, 20), run("Ministers agree\n\nPublished 20.12.2024, 08:15\n\nThey met.", Map.of())
                .metadata().published());
        assertEquals(LocalDate.of(2024, 3, 4), run("Ministers agree\n\n04/03/2024\n\nThey met.", Map.of())
                .metadata().published());
        // Month first only when day first is no date.
        assertEquals(LocalDate.of(2024, 12, 20), run("Ministers agree\n\n12/20/2024\n\nThey met.", Map.of())
                .metadata().published());
    }

    @Test
    void headerValuesWinAndAreNotInferred() {
        Document d = run("Headline here\nAn Ukrinform correspondent in Kyiv reported it.",
                Map.of("published", "2024-10-16", "publisher", "Reuters", "title", "Given title"));
        ArticleMetadata m = d.metadata();
        assertEquals(LocalDate.of(2024, 10, 16), m.published());
        assertEquals("organisation/reuters", m.publisherKey());
        assertEquals("Given title", m.title());
        assertEquals(Set.of(), m.inferred());
        assertEquals(Set.of("organisation/ukrinform"), m.citedSourceKeys());
    }

    @Test
    void aCorrespondentNamesThePublisher() {
        Document d = run("Headline here\nThat’s according to an Ukrinform correspondent in Brussels.", Map.of());
        assertEquals("organisation/ukrinform", d.metadata().publisherKey());
        assertEquals(Set.of(), d.metadata().citedSourceKeys());
        assertNull(d.metadata().published());
    }
}
