package org.alliancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.alliancegraph.TestSupport;

/** Invented sentences: names outside the reference list typed from general evidence, and runs left alone. */
class NameChunkAnnotatorTest {

    /** Zones, sentences, reference mentions, the cue annotator and the chunker. */
    private static Document chunks(String headline, String body) {
        return AnnotatorFixtures.run(AnnotatorFixtures.document(headline + "\n" + body), new ZoneAnnotator(), new SentenceAnnotator(),
                new MentionAnnotator(TestSupport.catalog()), new CueEntityAnnotator(TestSupport.catalog()),
                new NameChunkAnnotator(TestSupport.catalog()));
    }

    private static Document chunks(String body) { return chunks("Headline", body); }

    /** "surface=key" of the mentions of organisations and places outside the reference list, in text order. */
    private static List<String> chunked(Document d) {
        return d.mentions().stream().map(m -> new Object[] {m, d.entity(m.entityKey()).orElseThrow()})
                .filter(x -> !((Entity) x[1]).known() && ((Entity) x[1]).kind() != Entity.Kind.PERSON).map(x -> (Mention) x[0])
                .sorted((a, b) -> a.span().compareTo(b.span())).map(m -> m.surface() + "=" + m.entityKey()).toList();
    }

    private static Set<String> keys(Document d) { return d.entities().keySet(); }

    @Test
    void aNameEndingInAnOrganisationHeadIsAnOrganisation() {
        Document d = chunks("""
                Finland joined the Baltic Demining Initiative on Monday. The money goes to the Nordic Resilience Facility.
                Ministers of the Weimar Triangle met, and the Carpathian Format set up the Danube Drone Coalition.""");
        assertEquals(List.of("Baltic Demining Initiative=organisation/baltic-demining-initiative",
                "Nordic Resilience Facility=organisation/nordic-resilience-facility", "Weimar Triangle=organisation/weimar-triangle",
                "Carpathian Format=organisation/carpathian-format", "Danube Drone Coalition=organisation/danube-drone-coalition"),
                chunked(d));
        Entity facility = d.entity("organisation/nordic-resilience-facility").orElseThrow();
        assertEquals(Entity.Kind.ORGANISATION, facility.kind());
        assertFalse(facility.known());
        assertEquals("Nordic Resilience Facility", facility.label());
    }

    @Test
    void anOutletNameIsANewsOutletAndTakesInTheCityItNames() {
        Document d = chunks("That is according to a Kyiv Morning Wire reporter. More from Adriatic Herald: the talks resume.");
        assertEquals(List.of("Kyiv Morning Wire=organisation/kyiv-morning-wire", "Adriatic Herald=organisation/adriatic-herald"),
                chunked(d));
        assertTrue(d.entity("organisation/kyiv-morning-wire").orElseThrow().types().contains("NewsOutlet"));
        assertTrue(d.mentions().stream().filter(m -> m.surface().equals("Adriatic Herald"))
                .allMatch(m -> m.confidence() == NameChunkAnnotator.CHUNK_CONFIDENCE), "found from context: a lower confidence");
        assertFalse(keys(d).contains("place/kyiv"), "Kyiv is part of the outlet's name here, no mention of the city");
    }

    @Test
    void anAcronymOfTheInitialsDefinesAnOrganisationAndNamesItLater() {
        Document d = chunks("""
                The Joint Logistics Hub for Ukraine (JLHU) opened in March. JLHU will coordinate deliveries.""");
        assertEquals(List.of("Joint Logistics Hub for Ukraine=organisation/joint-logistics-hub-for-ukraine",
                "JLHU=organisation/joint-logistics-hub-for-ukraine", "JLHU=organisation/joint-logistics-hub-for-ukraine"), chunked(d));
        assertTrue(keys(d).contains("country/ukraine"), "a country named inside keeps its mention");
        // The other order, and an organisation found by its head
        Document other = chunks("""
                Ministers met at the CDRC (Carpathian Drone Research Centre) in March. The Baltic Defence Contact Group (BDCG) met too.
                CDRC and BDCG both report to ministers.""");
        assertEquals(List.of("CDRC=organisation/carpathian-drone-research-centre",
                "Carpathian Drone Research Centre=organisation/carpathian-drone-research-centre",
                "Baltic Defence Contact Group=organisation/baltic-defence-contact-group", "BDCG=organisation/baltic-defence-contact-group",
                "CDRC=organisation/carpathian-drone-research-centre",
                "BDCG=organisation/baltic-defence-contact-group"), chunked(other));
        // Brackets that do not spell the initials say nothing.
        assertEquals(List.of(), chunked(chunks("The Northern Supply Line (NATO) was discussed.")));
    }

    @Test
    void placesComeFromPlaceHeadsRegionsAndLocativeContext() {
        Document d = chunks("""
                Drones were shot down over the Azure Sea. Protesters gathered on Liberty Square.
                Shelling hit the Sumy region and the Belgorod region. Leaders met at the Marble Arena in Budapest.
                Deminers worked near Velyka Pysarivka. In Dalmatia, talks went on. Aid arrived at the port of Reni.
                Ships left the Gulf of Riga for Lake Ladoga.""");
        assertEquals(List.of("Azure Sea=place/azure-sea", "Liberty Square=place/liberty-square", "Sumy region=place/sumy-region",
                "Belgorod region=place/belgorod-region", "Marble Arena=place/marble-arena", "Velyka Pysarivka=place/velyka-pysarivka",
                "Dalmatia=place/dalmatia", "Reni=place/reni", "Gulf of Riga=place/gulf-of-riga", "Lake Ladoga=place/lake-ladoga"),
                chunked(d));
        assertEquals(Entity.Kind.PLACE, d.entity("place/dalmatia").orElseThrow().kind());
    }

    @Test
    void aKnownCityBeforeRegionNamesTheRegion() {
        Document d = chunks("Strikes hit villages in the Kharkiv region overnight.");
        assertEquals(List.of("Kharkiv region=place/kharkiv-region"), chunked(d));
        assertFalse(keys(d).contains("place/kharkiv"));
        // elsewhere the city keeps its own mention
        assertTrue(keys(chunks("Strikes hit the Kharkiv region. Kharkiv itself was calm.")).contains("place/kharkiv"));
    }

    @Test
    void anAppositiveHeadNounTypesTheName() {
        Document d = chunks("""
                Funds are held at Clearstone, a Luxembourg-based depository, the report said.
                Trostyanets, a small town in the north, was hit. Moldavia’s Sfatul, the country’s parliament, voted.""");
        assertEquals(List.of("Clearstone=organisation/clearstone", "Trostyanets=place/trostyanets", "Sfatul=organisation/sfatul"),
                chunked(d));
    }

    @Test
    void aFullNameWhoseSurnameSpeaksElsewhereIsAPerson() {
        Document d = chunks("""
                The plan was drafted by Marta Kowalczyk and Tomasz Lis. Kowalczyk told reporters it was ready.
                Tomasz Lis, who chairs the group, stayed silent.""");
        List<String> people = d.mentions().stream().filter(m -> m.entityKey().startsWith("person/"))
                .map(m -> m.surface() + "=" + m.entityKey()).toList();
        assertEquals(List.of("Marta Kowalczyk=person/marta-kowalczyk", "Kowalczyk=person/marta-kowalczyk"), people,
                "Tomasz Lis never speaks: no cue, no person");
        assertEquals(Entity.Kind.PERSON, d.entity("person/marta-kowalczyk").orElseThrow().kind());
    }

    @Test
    void namesAlreadyKnownJoinedByAndAreNotOneName() {
        Document d = chunks("Oslo backs Georgia's path towards NATO and the European Union. Kyiv thanked the G7 and the European Union.");
        assertEquals(List.of(), chunked(d));
        assertTrue(keys(d).containsAll(List.of("organisation/nato", "organisation/european-union", "organisation/g7")));
    }

    @Test
    void runsWithoutEvidenceAreDropped() {
        Document d = chunks("""
                However, Moldova agreed. Brussels said no. Patriot systems were sent with Storm Shadow missiles.
                The Victory Plan was presented to lawmakers. Talks in December and in Europe went on, and in the West too.
                Officials in Article 5 talks met. It was in Hartmann’s interest. The Danish Defence Command said nothing.
                Separately, the fund, the bank said, paid out. Prices rose in Soviet times across the Nordic region.""");
        assertEquals(List.of(), chunked(d));
        assertTrue(keys(d).contains("place/brussels"), "Brussels at a sentence start is still the known place");
        assertFalse(keys(d).stream().anyMatch(k -> k.contains("patriot") || k.contains("victory") || k.contains("however")));
    }

    @Test
    void headlinesInTitleCaseGiveNoChunks() {
        Document d = chunks("Allies Press On With New Drone Coalition In Riga", "The talks went on.");
        assertEquals(List.of(), chunked(d));
        // a headline in sentence case is read like a sentence
        assertEquals(List.of("Danube Drone Coalition=organisation/danube-drone-coalition"),
                chunked(chunks("Danube Drone Coalition meets in Riga", "The talks went on.")));
    }

    @Test
    void genericBodiesAndPeopleAreLeftToOtherAnnotators() {
        Document d = chunks("""
                Estonia's Foreign Ministry said so. Defence Minister Lena Hartmann met the Deputy Secretary of the Defence Ministry.
                The Office of the President of Moldova confirmed it.""");
        assertEquals(List.of("Office of the President of Moldova=organisation/office-of-the-president-of-moldova"), chunked(d));
        assertTrue(keys(d).contains("person/lena-hartmann"));
        assertEquals(Set.of(), keys(d).stream().filter(k -> k.contains("ministry")).collect(Collectors.toSet()),
                "a body after a possessive is a description, after a post's 'of the' part of the post");
    }

    @Test
    void aBodyEveryGovernmentHasIsNamedInCapitalsAfterThe() {
        Document d = chunks("""
                The Foreign Office said so. Hartmann met officials at the Ministry of Defence and the Norwegian Army.
                A spokesman for the Department of Energy declined to comment.""");
        assertEquals(List.of("Foreign Office=organisation/foreign-office", "Ministry of Defence=organisation/ministry-of-defence",
                "Norwegian Army=organisation/norwegian-army", "Department of Energy=organisation/department-of-energy"), chunked(d));
    }
}
