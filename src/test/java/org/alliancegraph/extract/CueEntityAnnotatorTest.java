package org.alliancegraph.extract;

import static org.alliancegraph.extract.PipelineFixtures.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.alliancegraph.TestSupport;

class CueEntityAnnotatorTest {

    /** Zones, sentences, reference mentions and the cues: no metadata, so no byline people. */
    private static Document cues(String body) {
        return AnnotatorFixtures.run(AnnotatorFixtures.document("Headline\n" + body), new ZoneAnnotator(),
                new SentenceAnnotator(), new MentionAnnotator(TestSupport.catalog()), new CueEntityAnnotator(TestSupport.catalog()));
    }

    private static Set<String> unknownKeys(Document d) {
        return d.entities().values().stream().filter(e -> !e.known()).map(Entity::key).collect(Collectors.toSet());
    }

    /** "surface=key" of the mentions of entities not in the reference list, in text order. */
    private static List<String> cueMentions(Document d) {
        return d.mentions().stream().filter(m -> !d.entity(m.entityKey()).orElseThrow().known())
                .sorted((a, b) -> a.span().compareTo(b.span()))
                .map(m -> m.surface() + "=" + m.entityKey()).toList();
    }

    @Test
    void aTitleBeforeACapitalisedNameGivesAPerson() {
        Document d = cues("""
                Deputy Foreign Minister Lena Hartmann arrived. Dutch Defence Minister Ruben Brekelmans spoke.
                President Emmanuel Macron and Chancellor Olaf Scholz called Prime Minister Keir Starmer.
                General Christopher Cavoli briefed spokesperson Farah Dakhlallah.""");
        assertEquals(List.of("Lena Hartmann=person/lena-hartmann", "Ruben Brekelmans=person/ruben-brekelmans",
                "Emmanuel Macron=person/emmanuel-macron", "Olaf Scholz=person/olaf-scholz", "Keir Starmer=person/keir-starmer",
                "Christopher Cavoli=person/christopher-cavoli", "Farah Dakhlallah=person/farah-dakhlallah"), cueMentions(d));
        Entity hartmann = d.entity("person/lena-hartmann").orElseThrow();
        assertEquals("Lena Hartmann", hartmann.label());
        assertEquals(Entity.Kind.PERSON, hartmann.kind());
        assertEquals(List.of("Person"), hartmann.types());
        assertFalse(hartmann.known());
        Mention m = d.mentions().stream().filter(x -> x.entityKey().equals("person/lena-hartmann")).findFirst().orElseThrow();
        assertEquals(CueEntityAnnotator.TITLE_CONFIDENCE, m.confidence());
        assertEquals("Deputy Foreign Minister Lena Hartmann arrived.", d.text(m.context()));
    }

    @Test
    void aNameSetOffByCommasNextToATitleGivesAPerson() {
        Document d = cues("""
                Denmark will send radars, its defence minister, Pia Sorensen, said.
                The deal was signed by Karl Weiss, the European Commission's deputy director-general for trade.
                Spain's Associate Minister of National Defence, Ana Ruiz, agreed.""");
        assertEquals(List.of("Pia Sorensen=person/pia-sorensen", "Karl Weiss=person/karl-weiss",
                        "European Commission=organisation/european-commission", "Ana Ruiz=person/ana-ruiz"),
                cueMentions(d));
        assertEquals(List.of(), cueMentions(cues("The minister, Tuesday and Friday aside, worked.")),
                "behind a comma only a whole name closed by punctuation");
    }

    @Test
    void aNameThatAWhoClauseFollowsInASentenceOfSayingIsAPerson() {
        Document d = cues("""
                Marit Lunde, who heads the Norwegian delegation, said the fund would grow.
                Colm Byrne, who chaired the talks, told reporters that more was coming.
                The fund, which Oslo set up, said nothing. Tallinn Harbour, who knows why, was closed.""");
        assertEquals(Set.of("person/marit-lunde", "person/colm-byrne"), unknownKeys(d));
    }

    @Test
    void knownPeopleKeepTheirReferenceEntity() {
        Document d = cues("Foreign Minister Andrii Sybiha met NATO Secretary General Mark Rutte and President Zelenskyy.");
        assertEquals(Set.of(), unknownKeys(d));
        assertEquals(List.of("person/andrii-sybiha", "organisation/nato", "person/mark-rutte", "person/volodymyr-zelenskyy"),
                d.mentions().stream().map(Mention::entityKey).toList());
    }

    @Test
    void aFullNameBeforeOrAfterAVerbOfSayingGivesAPerson() {
        Document d = cues("""
                Lena Hartmann said the talks went well. “We are ready to help,” said Farah Dakhlallah.
                On Monday Anton Weber told reporters more.""");
        assertEquals(List.of("Lena Hartmann=person/lena-hartmann", "Farah Dakhlallah=person/farah-dakhlallah",
                "Anton Weber=person/anton-weber"), cueMentions(d));
        assertTrue(d.mentions().stream().filter(m -> m.entityKey().equals("person/anton-weber"))
                .allMatch(m -> m.confidence() == CueEntityAnnotator.SPEECH_CONFIDENCE));
    }

    @Test
    void laterSurnamesResolveToTheFullName() {
        Document d = cues("""
                Deputy Foreign Minister Lena Hartmann said on Tuesday that aid would come. Hartmann added that talks continue.
                However Hartmann’s plan was questioned. Chancellor Olaf Scholz agreed, and Chancellor Scholz said so twice.""");
        assertEquals(List.of("Lena Hartmann=person/lena-hartmann", "Hartmann=person/lena-hartmann", "Hartmann=person/lena-hartmann",
                "Olaf Scholz=person/olaf-scholz", "Scholz=person/olaf-scholz"), cueMentions(d));
        assertEquals(Set.of("Lena Hartmann", "Hartmann"), d.entity("person/lena-hartmann").orElseThrow().surfaces());
        assertTrue(d.mentions().stream().filter(m -> m.surface().equals("Hartmann"))
                .allMatch(m -> m.confidence() == CueEntityAnnotator.SURNAME_CONFIDENCE));
    }

    @Test
    void aSurnameAloneAfterATitleIsAPersonOfItsOwn() {
        Document d = cues("Chancellor Scholz spoke. Scholz left.");
        assertEquals(List.of("Scholz=person/scholz"), cueMentions(d));
    }

    @Test
    void aSurnameInsideAnotherNameOrShiftedByTwoPeopleIsNotResolved() {
        Document d = cues("""
                Minister Lena Hartmann spoke. Anna Hartmann said no. Hartmann Group said nothing.
                Minister Anton Weber and General Paul Weber met. Weber left.""");
        // "Hartmann Group" is an organisation, not Lena Hartmann; "Weber" alone names two people.
        assertEquals(List.of("Lena Hartmann=person/lena-hartmann", "Anna Hartmann=person/anna-hartmann",
                "Hartmann Group=organisation/hartmann-group", "Anton Weber=person/anton-weber", "Paul Weber=person/paul-weber"),
                cueMentions(d));
    }

    @Test
    void falsePeopleAreAvoided() {
        Document d = cues("""
                Western Allies said the Foreign Ministry said nothing. North Korean soldiers arrived in October.
                The Secretary General said so. Secretary General Thursday agreed. The President Of course agreed.
                On Monday Kyiv said no. In October Brussels said yes. However Ukraine said more.
                NATO Defence Ministers’ Meeting said nothing. The Alliance said that President Putin agreed.
                Washington Summit Declaration said it. Last Thursday President said no.
                The White House said nothing, and Downing Street said less.""");
        assertEquals(Set.of(), unknownKeys(d), () -> cueMentions(d).toString());
    }

    @Test
    void namesStopAtMonthsWeekdaysAndPlaces() {
        Document d = cues("Prime Minister Keir Starmer Tuesday said it. Minister Lena Hartmann Kyiv visit was short.");
        assertEquals(List.of("Keir Starmer=person/keir-starmer", "Lena Hartmann=person/lena-hartmann"), cueMentions(d));
    }

    @Test
    void onlyContentSentencesAreSearched() {
        Document d = cues("""
                Real news here.
                Read also: President Emmanuel Macron said something
                Related
                - Chancellor Olaf Scholz link
                Nothing else.""");
        assertEquals(Set.of(), unknownKeys(d));
    }

    @Test
    void organisationsFromTheirNames() {
        Document d = cues("""
                The European Commission and the Ukraine Defense Contact Group met. The Russian Defence Ministry and the
                Foreign Ministry said nothing. The European Union agreed.""");
        assertEquals(List.of("European Commission=organisation/european-commission",
                "Ukraine Defense Contact Group=organisation/ukraine-defense-contact-group"), cueMentions(d));
        Entity commission = d.entity("organisation/european-commission").orElseThrow();
        assertEquals(Entity.Kind.ORGANISATION, commission.kind());
        assertEquals(List.of("Organisation"), commission.types());
    }

    @Test
    void theSeedsGiveNoFalsePeople() {
        for (Document d : PipelineFixtures.seeds()) {
            Set<String> unknownPeople = d.entities().values().stream()
                    .filter(e -> !e.known() && e.kind() == Entity.Kind.PERSON).map(Entity::key).collect(Collectors.toSet());
            // The only one: 001's author, from the byline (MetadataAnnotator), not from a cue.
            Set<String> expected = d.article().sourceFile().startsWith("001") ? Set.of("person/gary-raynaldo") : Set.of();
            assertEquals(expected, unknownPeople, d.article().sourceFile());
        }
    }

    @Test
    void theStandardPipelineRunsTheCuesBeforeLaterAnnotators() {
        Document d = standard("2024-10-16", "Deputy Foreign Minister Lena Hartmann said on Tuesday that aid would come.");
        assertTrue(d.entity("person/lena-hartmann").isPresent());
    }

    @Test
    void namedCouncilsAndCommitteesWithLongComplements() {
        Document d = cues("""
                The plan went to the Supreme Council of National Defence on Monday.
                The minister briefed the Standing Committee on Energy and Regional Development.
                The Defence Ministry and the Ministry of Defence said nothing.
                The minister briefed the Parliament on Monday.""");
        assertEquals(List.of("Supreme Council of National Defence=organisation/supreme-council-of-national-defence",
                "Standing Committee on Energy and Regional Development=organisation/standing-committee-on-energy-and-regional-development"),
                cueMentions(d));
    }

    @Test
    void aLowerCaseTitleInAppositionGivesAPerson() {
        Document d = cues("Latvia's deputy state secretary for defence policy, Anna Berzina, disagreed. "
                + "Britain’s Parliamentary Under-Secretary of State for Defence, Sarah Lane, spoke next.");
        assertEquals(List.of("Anna Berzina=person/anna-berzina", "Sarah Lane=person/sarah-lane"), cueMentions(d));
    }

    @Test
    void aFullNameFoundByACueIsMentionedWhereverItStands() {
        Document d = cues("Latvian President Edgars Ozols spoke first. Later, Edgars Ozols was quoted as saying more.");
        assertEquals(List.of("Edgars Ozols=person/edgars-ozols", "Edgars Ozols=person/edgars-ozols"), cueMentions(d));
    }

    @Test
    void anAmbassadorsPostingStandsBetweenTitleAndName() {
        Document d = cues("Ukraine's ambassador to NATO, Olena Koval, said the request was ready.");
        assertEquals(List.of("Olena Koval=person/olena-koval"), cueMentions(d));
    }

    @Test
    void aNameSetOffByCommasBeforeAVerbOfSaying() {
        Document d = cues("“We will wait,” the spokesman for the government, Jan Novak, told reporters.");
        assertEquals(List.of("Jan Novak=person/jan-novak"), cueMentions(d));
    }

    @Test
    void theTitleOfACountryBeforeANameInCommas() {
        Document d = cues("Rutte met the President of Estonia, Kaja Rand, in Tallinn.");
        assertEquals(List.of("Kaja Rand=person/kaja-rand"), cueMentions(d));
    }

    @Test
    void aNameBeforeAnIndefiniteTitle() {
        Document d = cues("Tallinn will pay for the radars, Mart Kask, a state secretary in the Estonian defence ministry, said.");
        assertEquals(List.of("Mart Kask=person/mart-kask"), cueMentions(d));
    }

    @Test
    void givenNamesWithALowerCaseSyllable() {
        Document d = cues("Deputy Minister Lee Ji-hoon spoke. Kyiv-based analysts disagreed with Lee Ji-hoon.");
        assertEquals(List.of("Lee Ji-hoon=person/lee-ji-hoon", "Lee Ji-hoon=person/lee-ji-hoon"), cueMentions(d));
    }

    @Test
    void wireServiceCreditsNameTheirPeople() {
        Document d = cues("NATO met on Monday.\n(Reporting by Ana Silva; editing by Jon Park)\n"
                + "Additional reporting by Tom Hale in Kyiv.");
        assertEquals(List.of("Ana Silva=person/ana-silva", "Jon Park=person/jon-park", "Tom Hale=person/tom-hale"), cueMentions(d));
    }

    @Test
    void aFullNameEndingAnotherIsThatPerson() {
        Document d = cues("Prime Minister Bart De Wever spoke first. Later, De Wever said the plan was sound.");
        assertEquals(Set.of("person/bart-de-wever"), unknownKeys(d));
    }

    @Test
    void theTitleOfABodyNamedLikeAnOrganisationBeforeTheName() {
        Document d = cues("President of the Nordic Council Anna Lind opened the session.");
        assertTrue(cueMentions(d).contains("Anna Lind=person/anna-lind"), () -> cueMentions(d).toString());
    }

    @Test
    void aNameBeforeADemonymTitleInApposition() {
        Document d = cues("""
                “We will not wait,” Ilse Vos, a Belgian deputy defence minister who led the delegation, told the press.
                The plan was drafted by Tomas Berg, the former Swedish state secretary.""");
        assertEquals(List.of("Ilse Vos=person/ilse-vos", "Tomas Berg=person/tomas-berg"), cueMentions(d));
    }

    @Test
    void aFullNameAfterAnInformalPostWord() {
        Document d = cues("The EU's diplomacy chief, Lena Strand, met the head of the alliance, Piet Maas, in Riga.");
        assertEquals(List.of("Lena Strand=person/lena-strand", "Piet Maas=person/piet-maas"), cueMentions(d));
    }

    @Test
    void aFullNameBeforeAnAsideThatDescribesAPersonAndASpeechVerb() {
        assertEquals(List.of("Jozef Kral=person/jozef-kral"),
                cueMentions(cues("Jozef Kral, who led the Slovak delegation, said Bratislava would never agree to the plan.")));
        assertEquals(List.of("Marta Zielinska=person/marta-zielinska"),
                cueMentions(cues("Marta Zielinska, the chairwoman of the Sejm, told the assembly that Poland needed more air defence.")));
        // An aside that names no person's office or role says nothing of what the name is.
        assertEquals(List.of(), cueMentions(cues("Baltic Shipyards, the Estonian arms maker, said output would double.")));
    }
}
