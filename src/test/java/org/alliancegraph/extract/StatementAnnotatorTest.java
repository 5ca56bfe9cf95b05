package org.alliancegraph.extract;

import static org.alliancegraph.extract.FactFixtures.annotate;
import static org.alliancegraph.extract.FactFixtures.seed;
import static org.alliancegraph.extract.FactFixtures.statementWith;
import static org.alliancegraph.extract.FactFixtures.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatementAnnotatorTest {
    private static final String RUTTE = "person/mark-rutte";
    private static final String ZELENSKYY = "person/volodymyr-zelenskyy";

    @Nested
    class DirectQuotations {
        @Test
        void quoteAfterACueOfANamedSpeaker() {
            Document d = annotate("Rutte met Zelenskyy in Kyiv and declared “NATO stands with Ukraine.”", "2024-10-03");
            assertEquals(List.of(RUTTE + "|D|NATO stands with Ukraine"), statements(d));
            Facts.Statement s = d.statements().get(0);
            assertEquals(StatementAnnotator.DIRECT_NAMED, s.confidence());
            assertEquals(d.sentences().get(1).span(), s.evidence());
            assertEquals(LocalDate.of(2024, 10, 3), s.date());
            assertNull(s.eventKey());
        }

        @Test
        void scareQuotesAreNotStatements() {
            Document d = annotate("""
                    Zelenskyy unveiled his “victory plan” to the parliament in Kyiv.
                    NATO is doing everything for Ukraine to join NATO “when time is right”, allies hope.
                    The path is “irreversible” and the support “unwavering”.""", "2024-10-16");
            assertTrue(d.statements().stream().noneMatch(Facts.Statement::direct), statements(d).toString());
        }

        @Test
        void quoteBeforeAPronounOverTwoSentences() {
            Document d = annotate("Rutte spoke in Brussels on Monday.\n"
                    + "\"It seems that Ukraine will be next in line. But Ukraine will be a member of NATO in the future,\" he said.",
                    "2024-10-16");
            assertEquals(List.of(RUTTE + "|D|It seems that Ukraine will be next in line. But Ukraine will be a member of NATO in the future"),
                    statements(d));
            Facts.Statement s = d.statements().get(0);
            assertEquals(StatementAnnotator.RESOLVED, s.confidence());
            assertEquals(new Span(d.sentences().get(2).span().begin(), d.sentences().get(3).span().end()), s.evidence());
        }

        @Test
        void cueAfterTheQuoteNamesTheSpeaker() {
            Document d = annotate("“Allies agreed in Washington to give you more support,” Rutte told Zelenskyy. "
                    + "“We will keep helping Ukraine every day,” said Zelenskyy.", null);
            assertEquals(List.of(RUTTE + "|D|Allies agreed in Washington to give you more support",
                    ZELENSKYY + "|D|We will keep helping Ukraine every day"), statements(d));
        }

        @Test
        void singleQuotesAreQuotationsButApostrophesAreNot() {
            Document d = annotate("Sybiha told reporters: ‘Ukraine’s place is in NATO, and that won’t change.’", null);
            assertEquals(List.of("person/andrii-sybiha|D|Ukraine’s place is in NATO, and that won’t change"), statements(d));
        }

        @Test
        void anUnattributedQuotationContinuesTheStatementBefore() {
            Document d = annotate("Rutte noted that allies must do more for Kyiv. “We will not stop. Ukraine can count on us.”",
                    "2024-10-16");
            assertEquals(List.of(RUTTE + "|R|allies must do more for Kyiv", RUTTE + "|D|We will not stop. Ukraine can count on us"),
                    statements(d));
            assertEquals(StatementAnnotator.CONTINUED, d.statements().get(1).confidence());
        }

        @Test
        void aQuotationWithoutAnyCueIsNoStatement() {
            Document d = annotate("“We will never give up on this,” read a banner in Kyiv.", null);
            assertEquals(List.of(), statements(d));
        }

        @Test
        void aPronounWithNoPersonBeforeItHasNoSpeaker() {
            Document d = annotate("“This war will end with a just peace,” he said.", null);
            assertEquals(List.of("-|D|This war will end with a just peace"), statements(d));
            assertEquals(StatementAnnotator.UNRESOLVED, d.statements().get(0).confidence());
        }
    }

    @Nested
    class ReportedSpeech {
        @Test
        void theFormsOfAReportingClause() {
            Document d = annotate("""
                    Rutte noted that there are currently 32 NATO Allies.
                    According to Rutte, all the bilateral aid to Ukraine is crucial at the moment.
                    On the contrary, Putin is escalating his rhetoric and reckless actions, Rutte said.
                    Until that moment comes, Rutte assured, Zelensky can count on continued support.
                    The alliance will not abandon Kyiv, said Zelenskyy.""", "2024-12-02");
            assertEquals(List.of(
                    RUTTE + "|R|there are currently 32 NATO Allies",
                    RUTTE + "|R|all the bilateral aid to Ukraine is crucial at the moment",
                    RUTTE + "|R|On the contrary, Putin is escalating his rhetoric and reckless actions",
                    // a parenthetical cue: the words on both sides, cue included (a statement is one span of the text)
                    RUTTE + "|R|Until that moment comes, Rutte assured, Zelensky can count on continued support",
                    ZELENSKYY + "|R|The alliance will not abandon Kyiv"), statements(d));
            assertTrue(d.statements().stream().allMatch(s -> s.confidence() == StatementAnnotator.REPORTED_NAMED));
        }

        @Test
        void aParticipleContinuesTheStatementOfTheSameSpeaker() {
            // GUIDELINES §8: one statement per attributed sentence and speaker.
            Document d = annotate("Rutte emphasized that partners have agreed on Ukraine’s future in NATO, adding that the Alliance "
                    + "will build a bridge toward membership.", null);
            assertEquals(List.of(RUTTE + "|R|partners have agreed on Ukraine’s future in NATO, adding that the Alliance will build a "
                    + "bridge toward membership"), statements(d));
            Document alone = annotate("Rutte met Zelenskyy in Kyiv, adding that aid comes first this winter.", null);
            assertEquals(List.of(RUTTE + "|R|aid comes first this winter"), statements(alone),
                    "a participle with no statement of its speaker before it stands alone");
        }

        @Test
        void theClauseStopsAtTheSpeakersNextVerbAndAtTheCitedOutlet() {
            Document d = annotate("Rutte told at a press conference on Wednesday, the 16th of October, that the alliance will meet its "
                    + "pledge to Ukraine, but was vague on when Ukraine might join, reports Politico.", "2024-10-16");
            assertEquals(List.of(RUTTE + "|R|the alliance will meet its pledge to Ukraine"), statements(d));
            assertEquals(LocalDate.of(2024, 10, 16), d.statements().get(0).date());
        }

        @Test
        void aCueInALeadingSubordinateClauseReportsOnlyThatClause() {
            Document d = annotate("Although Rutte has long said NATO would eventually allow Ukraine to join, it has not issued an invitation.",
                    "2024-10-16");
            assertEquals(List.of(RUTTE + "|R|NATO would eventually allow Ukraine to join"), statements(d));
            assertNull(d.statements().get(0).date(), "\"has long said\" is not dated by publication");
        }

        @Test
        void nestedCuesAndPassivesAreNotSeparateStatements() {
            Document d = annotate("Reports from Kyiv suggest that North Korean soldiers have joined the war, although NATO chief Rutte said "
                    + "this information has not yet been confirmed.", null);
            assertEquals(List.of(RUTTE + "|R|this information has not yet been confirmed"), statements(d));
        }

        @Test
        void tooShortClausesAndObjectsWithoutThatAreNotStatements() {
            Document d = annotate("Rutte told Zelenskyy. Zelenskyy acknowledged it. Rutte said so.", null);
            assertEquals(List.of(), statements(d));
        }
    }

    @Nested
    class Speakers {
        @Test
        void anonymousSourcesHaveNoSpeaker() {
            Document d = annotate("""
                    Nevertheless, diplomats, speaking anonymously, said there is no consensus among the 32 NATO members.
                    A senior U.S. official confirmed that the meeting would focus on bolstering Ukraine’s support.
                    It won’t happen tomorrow, the official stated.""", "2024-12-02");
            assertEquals(List.of("-|R|there is no consensus among the 32 NATO members",
                    "-|R|the meeting would focus on bolstering Ukraine’s support", "-|R|It won’t happen tomorrow"), statements(d));
            assertTrue(d.statements().stream().allMatch(s -> s.confidence() == StatementAnnotator.ANONYMOUS));
        }

        @Test
        void newsOutletsAreCitedNotQuoted() {
            Document d = annotate("Reuters reported that NATO is unlikely to respond. Politico said that NATO will not invite Ukraine soon.",
                    null);
            assertEquals(List.of(), statements(d));
        }

        @Test
        void pronounsFollowTheLastSpeakerNotASubordinateSubject() {
            Document d = annotate("""
                    On the contrary, Putin is escalating his rhetoric and reckless actions, Rutte said.
                    He accused Putin of using Ukraine as a testing ground for missiles.
                    The 32 Allies will do everything necessary so that Putin does not prevail, he added.""", null);
            assertEquals(List.of(RUTTE, RUTTE, RUTTE), d.statements().stream().map(Facts.Statement::speakerKey).toList());
        }

        @Test
        void aDefiniteTitleIsTheCurrentHolderNotTheFormerOne() {
            Document d = annotate("""
                    NATO Secretary General Mark Rutte thanked former secretary general Jens Stoltenberg in Brussels.
                    The secretary general stressed that the Alliance stands united behind Ukraine.
                    The Secretary General of NATO also noted that more air defence is on its way.""", null);
            assertEquals(List.of(RUTTE + "|R|the Alliance stands united behind Ukraine", RUTTE + "|R|more air defence is on its way"),
                    statements(d));
            assertEquals(StatementAnnotator.RESOLVED, d.statements().get(0).confidence());
        }

        @Test
        void aTitleNamingTheOrganisationResolvesThroughIt() {
            Document d = annotate("""
                    NATO Secretary-General Mark Rutte addressed the headquarters on Thursday.
                    Later, Zelenskyy called for more weapons in Brussels.
                    While the NATO chief acknowledged the plan, he was careful, noting that it involves many political aspects.""",
                    "2024-10-17");
            assertEquals(List.of(RUTTE + "|R|it involves many political aspects"), statements(d));
        }

        @Test
        void aGroupOfMembersMakesNoStatement() {
            // GUIDELINES §8: what members or governments state without a person feeds positions only.
            Document d = annotate("At that time, NATO’s 32 member nations collectively stated that Ukraine was on an irreversible path.",
                    "2024-10-17");
            assertEquals(List.of(), statements(d));
        }

        @Test
        void speakersFromOtherAnnotatorsMentionsAreUsed() {
            Document d = annotate("Hungarian Foreign Minister Péter Szijjártó said Budapest will never approve the opening of talks.",
                    null, "Péter Szijjártó");
            assertEquals(List.of("Budapest will never approve the opening of talks"),
                    d.statements().stream().map(s -> d.text(s.words())).toList());
            assertEquals("Péter Szijjártó", d.entity(d.statements().get(0).speakerKey()).orElseThrow().label());
        }
    }

    @Nested
    class Dates {
        @Test
        void aDayInTheAttributionWinsOverPublication() {
            Document d = annotate("On Tuesday, Rutte said that NATO is on track to meet its pledge to Ukraine.", "2024-10-17");
            assertEquals(LocalDate.of(2024, 10, 15), d.statements().get(0).date());
        }

        @Test
        void aDayInsideTheWordsDoesNotDateTheStatement() {
            Document d = annotate("Rutte said that the allies will meet again on Friday.", "2024-10-16");
            assertEquals(LocalDate.of(2024, 10, 16), d.statements().get(0).date());
        }

        @Test
        void noPublicationDateNoDate() {
            Document d = annotate("Rutte said that NATO will meet its pledge to Ukraine.", null);
            assertNull(d.statements().get(0).date());
        }
    }

    @Nested
    class Seeds {
        @Test
        void seed001RutteInKyiv() {
            Document d = seed("001");
            assertEquals(RUTTE, statementWith(d, "NATO stands with Ukraine").speakerKey());
            Facts.Statement closer = statementWith(d, "Ukraine is closer to NATO than ever before and will continue on this path until you "
                    + "become a member of our alliance");
            assertEquals(RUTTE, closer.speakerKey());
            assertTrue(closer.direct());
            Facts.Statement path = statementWith(d, "Ukraine’s path to membership is irreversible");
            assertEquals(RUTTE, path.speakerKey());
            assertEquals(LocalDate.of(2024, 10, 3), path.date());
            Facts.Statement bridge = d.statements().stream().filter(s -> d.text(s.words()).endsWith("a full member of NATO")).findFirst()
                    .orElseThrow();
            assertTrue(d.text(bridge.evidence()).startsWith("Rutte added that"), "a quotation over three sentences");
        }

        @Test
        void seed002AddedAndToldAtAPressConference() {
            Document d = seed("002");
            Facts.Statement aspects = d.statements().stream().filter(s -> d.text(s.words()).startsWith("There are many aspects of the plan"))
                    .findFirst().orElseThrow();
            assertEquals(RUTTE, aspects.speakerKey());
            assertTrue(aspects.direct());
            assertTrue(d.text(aspects.words()).endsWith("what we can and cannot do"));
            assertEquals(LocalDate.of(2024, 10, 16), statementWith(d, "the alliance will meet its 40 billion euro military aid pledge to Ukraine")
                    .date());
        }

        @Test
        void seed003AnonymousDiplomatsAndTheOfficial() {
            Document d = seed("003");
            Facts.Statement consensus = statementWith(d,
                    "there is no consensus among the 32 NATO members to take such a step at the Brussels meeting of foreign ministers");
            assertNull(consensus.speakerKey());
            assertEquals("person/andrii-sybiha", d.statements().stream()
                    .filter(s -> d.text(s.words()).startsWith("extending an invitation")).findFirst().orElseThrow().speakerKey());
            assertTrue(d.statements().stream().noneMatch(s -> "organisation/reuters".equals(s.speakerKey())));
        }

        @Test
        void seed004ZelenskyyAddedOnX() {
            Document d = seed("004");
            Facts.Statement s = statementWith(d, "An invitation now with membership later will have no political cost");
            assertEquals(ZELENSKYY, s.speakerKey());
            assertTrue(s.direct());
            assertEquals(RUTTE, statementWith(d, "We are in this, if necessary, for the long haul").speakerKey());
        }

        @Test
        void seed000HeSaidIsRutte() {
            Document d = seed("000");
            Facts.Statement s = d.statements().stream().filter(x -> d.text(x.words()).endsWith("Ukraine will be a member of NATO in the future"))
                    .findFirst().orElseThrow();
            assertEquals(RUTTE, s.speakerKey());
            assertTrue(s.direct());
            assertTrue(d.text(s.words()).startsWith("At the moment"));
        }
    }

    @Nested
    class OnlyPeopleSpeak {
        @Test
        void governmentsAndOrganisationsMakeNoStatements() {
            Document d = annotate("Poland said it would send two more radars to Ukraine. NATO said the talks were useful.", "2025-01-10");
            assertEquals(List.of(), statements(d));
        }
    }

    /** Round five: phrasings of unseen articles (invented sentences, one class each). */
    @Nested
    class RoundFive {
        @Test
        void aTrailingCueMayBeFollowedByPlaceTimeAndOccasion() {
            Document d = annotate("Finland will send 30 trucks to Ukraine before winter, Aino Lehto said in Helsinki on Monday after talks "
                    + "with her Swedish counterpart. The trucks carry generators, Aino Lehto told reporters. "
                    + "Norway will add two field hospitals, Aino Lehto said in an address to the Storting.", "2025-03-04", "Aino Lehto");
            assertEquals(List.of("person/aino-lehto|R|Finland will send 30 trucks to Ukraine before winter",
                    "person/aino-lehto|R|The trucks carry generators", "person/aino-lehto|R|Norway will add two field hospitals"),
                    statements(d));
        }

        @Test
        void aLeadingPhraseBeforeTheSpeakerIsNoReportedClause() {
            Document d = annotate("Asked about Moldova, Aino Lehto said in Helsinki the country's place was in Europe.", null, "Aino Lehto");
            assertEquals(List.of(), statements(d).stream().filter(x -> x.contains("Asked")).toList());
        }

        @Test
        void aSpeakerIntroducedInAnApposition() {
            Document d = annotate("""
                    Belgium will fund two more demining teams, the country's deputy foreign minister, Pieter Claes, announced on Monday.
                    In Vilnius, Lithuania's deputy defence minister, Dovile Sakaite, said on Tuesday that the alliance must stay united.
                    Pieter Claes, Belgium's deputy foreign minister, said the teams would start work in May.""", "2025-03-05",
                    "Pieter Claes", "Dovile Sakaite");
            assertEquals(List.of("person/pieter-claes|R|Belgium will fund two more demining teams",
                    "person/dovile-sakaite|R|the alliance must stay united", "person/pieter-claes|R|the teams would start work in May"),
                    statements(d));
        }

        @Test
        void anAppositionMayHoldSinceOrAnd() {
            Document d = annotate("Mart Kask, Estonia's defence minister since April 2023, said that the plan was sound.", null, "Mart Kask");
            assertEquals(List.of("person/mart-kask|R|the plan was sound"), statements(d));
        }

        @Test
        void aSubjectInAppositionSpeaksThroughAParticiple() {
            Document d = annotate("Estonia's deputy state secretary for defence policy, Mart Kask, went further, saying allies should set "
                    + "a date for the invitation.", null, "Mart Kask");
            assertEquals(List.of("person/mart-kask|R|allies should set a date for the invitation"), statements(d));
        }

        @Test
        void sheSkipsAManThePronounsOfHisOwnSentenceShowed() {
            Document d = annotate("""
                    Ingrid Berg met Foreign Minister Andrii Sybiha in Kyiv.
                    Sybiha said Ukraine was ready for more, and that he expected further help.
                    “We will keep sending what we can, and we will send it faster,” she said.""", null, "Ingrid Berg");
            assertEquals("person/ingrid-berg", statementWith(d, "We will keep sending what we can, and we will send it faster").speakerKey());
        }

        @Test
        void anonymousSourcesWithWhereTheyAre() {
            Document d = annotate("""
                    According to diplomats in Brussels, two allies still oppose an early invitation.
                    Officials in Bucharest said the first payment would arrive in March.
                    According to two diplomats involved in the talks, no date is expected this year.
                    Polish officials have also pointed out that their country hosts many refugees.""", null);
            assertEquals(List.of("-|R|two allies still oppose an early invitation", "-|R|the first payment would arrive in March",
                    "-|R|no date is expected this year", "-|R|their country hosts many refugees"), statements(d));
        }

        @Test
        void anInvertedSpeakerWithAnAsideAfterTheName() {
            Document d = annotate("""
                    “We will not block it, but we will not support it either,” said Jan Novak, a spokesman for the government.
                    “The door stays open for now,” said Mart Kask, Estonia's deputy defence minister, on Tuesday.""", null,
                    "Jan Novak", "Mart Kask");
            assertEquals(List.of("person/jan-novak|D|We will not block it, but we will not support it either",
                    "person/mart-kask|D|The door stays open for now"), statements(d));
        }

        @Test
        void peopleFamiliarWithTheTalksAreAnonymousSources() {
            Document d = annotate("""
                    People familiar with the talks said the declaration would not include a date.
                    A person close to the negotiations said the text was almost final.""", null);
            assertEquals(List.of("-|R|the declaration would not include a date", "-|R|the text was almost final"), statements(d));
        }

        @Test
        void anAddresseeOrAnAdverbBeforeThat() {
            Document d = annotate("""
                    Rutte told a press conference in Brussels on Monday that the alliance would stay the course.
                    Rutte told the ministers that winter aid came first.
                    Rutte told reporters afterwards that the talks had been useful.""", null);
            assertEquals(List.of(RUTTE + "|R|the alliance would stay the course", RUTTE + "|R|winter aid came first",
                    RUTTE + "|R|the talks had been useful"), statements(d));
        }

        @Test
        void aQuotedFragmentInsideReportedSpeechIsNotDirect() {
            Document d = annotate("""
                    Aino Lehto said the new loan was “legally sound and fair” for every lender.
                    Finland will keep paying its share “for as long as it is needed”, Aino Lehto said.""", null, "Aino Lehto");
            assertEquals(List.of("person/aino-lehto|R|the new loan was “legally sound and fair” for every lender",
                    "person/aino-lehto|R|Finland will keep paying its share “for as long as it is needed”"), statements(d));
        }

        @Test
        void aQuotationAfterASentenceAboutOnePersonIsThatPersonsWords() {
            Document d = annotate("""
                    Aino Lehto spoke to reporters in Helsinki on Monday.
                    She was blunt about the reason for the rush.
                    “Every week we wait costs lives. We will not wait for the next budget.”""", null, "Aino Lehto");
            Facts.Statement s = statementWith(d, "Every week we wait costs lives. We will not wait for the next budget");
            assertEquals("person/aino-lehto", s.speakerKey());
            assertEquals(StatementAnnotator.SUBJECT_BEFORE, s.confidence());
            Document none = annotate("The weather was cold in Helsinki.\n“Every week we wait costs lives. We will not wait.”", null);
            assertEquals(List.of(), statements(none));
        }

        @Test
        void anInfinitiveOfSayingAfterTheSubject() {
            Document d = annotate("""
                    Aino Lehto used a speech in Riga on Friday to repeat that the alliance must not wait.
                    Aino Lehto is expected to say that the plan is ready.""", null, "Aino Lehto");
            assertEquals(List.of("person/aino-lehto|R|the alliance must not wait"), statements(d));
        }

        @Test
        void aCountrysTitleNamesThePersonInFocus() {
            Document d = annotate("""
                    Aino Lehto arrived in Brussels on Thursday for talks with European Union leaders.
                    “Winter is coming and we need more air defence. We need it before the first frost,” the Finnish president told the summit.""",
                    "2025-01-10", "Aino Lehto");
            Facts.Statement s = statementWith(d, "Winter is coming and we need more air defence. We need it before the first frost");
            assertEquals("person/aino-lehto", s.speakerKey());
            assertEquals(StatementAnnotator.RESOLVED, s.confidence());
        }

        @Test
        void aCountrysTitleIsNotAPersonWithAnotherPost() {
            Document d = annotate("""
                    NATO Secretary General Mark Rutte arrived in Brussels on Thursday.
                    “Winter is coming and we need more air defence. We need it before the first frost,” the Finnish president said.""",
                    "2025-01-10");
            assertNull(statementWith(d, "Winter is coming and we need more air defence. We need it before the first frost").speakerKey());
        }

        @Test
        void moreVerbsOfSaying() {
            Document d = annotate("""
                    Aino Lehto replied that the radars would arrive in May.
                    “We will not leave Ukraine alone,” Aino Lehto promised.
                    “The door is open. It stays open,” Aino Lehto wrote.
                    Aino Lehto repeated on Monday that Finland would not send jets.""", null, "Aino Lehto");
            assertEquals(List.of("person/aino-lehto|R|the radars would arrive in May", "person/aino-lehto|D|We will not leave Ukraine alone",
                    "person/aino-lehto|D|The door is open. It stays open", "person/aino-lehto|R|Finland would not send jets"), statements(d));
        }

        @Test
        void quotedAsSayingAndAnOutletAsAddressee() {
            Document d = annotate("""
                    Aino Lehto was quoted as saying that the alliance could not afford to wait.
                    Aino Lehto told the BBC on Wednesday: “The initiative works and it will continue.”""", null, "Aino Lehto");
            assertEquals(List.of("person/aino-lehto|R|the alliance could not afford to wait",
                    "person/aino-lehto|D|The initiative works and it will continue"), statements(d));
        }

        @Test
        void announcingOrPledgingAThingIsNoClaim() {
            Document d = annotate("""
                    Aino Lehto announced a new drone package on Monday. Aino Lehto pledged 40 more trucks to Kyiv.
                    Aino Lehto stressed the importance of air defence for the coming winter.
                    Aino Lehto warned allies against complacency in the months ahead.
                    Aino Lehto stressed the allies would need more time to agree.""", null, "Aino Lehto");
            assertEquals(List.of("person/aino-lehto|R|the allies would need more time to agree"), statements(d));
        }

        @Test
        void aDescriptionWithARankNamesOnlyAHolderOfThatRank() {
            Document d = annotate("""
                    Defence Minister Aino Lehto met her Latvian counterpart in Riga.
                    The deputy minister said the money would arrive before the winter.
                    The minister said the trucks would follow in spring.""", null, "Aino Lehto");
            assertEquals(List.of("-|R|the money would arrive before the winter", "person/aino-lehto|R|the trucks would follow in spring"),
                    statements(d));
        }

        @Test
        void aDescriptionMatchesAPostTheRoleAnnotatorFound() {
            Document d = PipelineFixtures.standard("2025-03-04", """
                    Danish State Secretary for Defence Mette Lund visited Tallinn on Tuesday.
                    The state secretary said the first contracts would be signed in January.""");
            assertEquals(List.of("person/mette-lund|R|the first contracts would be signed in January"), statements(d));
        }

        @Test
        void theSpeakersOwnNextActEndsTheReportedClause() {
            Document d = annotate("Rutte told reporters that the path to membership was irreversible, but he declined to give a date.", null);
            assertEquals(List.of(RUTTE + "|R|the path to membership was irreversible"), statements(d));
        }
    }

    /** Round six: speakers introduced by relative clauses, asides and appositions (invented sentences, one class each). */
    @Nested
    class RoundSix {
        private static final String ILVES = "person/marta-ilves";

        @Test
        void aSpeakerBeforeARelativeWho() {
            Document d = annotate("The session was chaired by Marta Ilves, who told participants that the money would arrive in March.",
                    null, "Marta Ilves");
            assertEquals(List.of(ILVES + "|R|the money would arrive in March"), statements(d));
        }

        @Test
        void aPrepositionalAsideBetweenSpeakerAndVerb() {
            Document d = annotate("Marta Ilves, in a speech to the Riigikogu on Wednesday, had already said the invitation was not on the table.",
                    null, "Marta Ilves");
            assertEquals(List.of(ILVES + "|R|the invitation was not on the table"), statements(d));
        }

        @Test
        void anInvertedSpeakerAfterHerTitle() {
            Document d = annotate("“The door stays open for all of them,” said the alliance's deputy spokesperson, Marta Ilves.", null,
                    "Marta Ilves");
            assertEquals(List.of(ILVES + "|D|The door stays open for all of them"), statements(d));
        }

        @Test
        void aLongAppositionWithARelativeClause() {
            Document d = annotate("“We counted every truck on that road,” Marta Ilves, a deputy director of the national intelligence "
                    + "service who led the team, told journalists.", null, "Marta Ilves");
            assertEquals(List.of(ILVES + "|D|We counted every truck on that road"), statements(d));
        }

        @Test
        void aParticipleAfterAnAddresseeContinuesTheSpeakerNotTheSubject() {
            Document d = annotate("Estonia will send 40 more trucks, Marta Ilves told the meeting, adding that the first would leave in May.",
                    null, "Marta Ilves");
            assertEquals(1, d.statements().size(), statements(d).toString());
            Facts.Statement st = d.statements().get(0);
            assertEquals(ILVES, st.speakerKey());
            assertTrue(d.text(st.words()).startsWith("Estonia will send 40 more trucks"));
            assertTrue(d.text(st.words()).endsWith("the first would leave in May"));
        }

        @Test
        void anAddresseeWithItsOwnComplement() {
            Document d = annotate("Latvia will buy 20 drones for Ukraine, Marta Ilves told a meeting of Baltic ministers in Riga.", null,
                    "Marta Ilves");
            assertEquals(List.of(ILVES + "|R|Latvia will buy 20 drones for Ukraine"), statements(d));
        }

        @Test
        void anAnonymousSourceFromAnUnnamedCountry() {
            Document d = annotate("“Nobody will say no this week, and nobody will say yes,” one diplomat from a Baltic country said.", null);
            assertEquals(List.of("-|D|Nobody will say no this week, and nobody will say yes"), statements(d));
        }

        @Test
        void aDescriptionIsNotTheFocusPersonWhenHisPostIsInAnotherCountry() {
            Document d = PipelineFixtures.standard("2025-03-04", """
                    The country's foreign minister, Jaak Tamm, said Estonia wanted an invitation.
                    Acting Prime Minister Ion Rusu met him in Chisinau.
                    “We are not there yet, but we will get there,” the Estonian minister said.""");
            assertEquals("person/jaak-tamm", statementWith(d, "We are not there yet, but we will get there").speakerKey());
        }

        @Test
        void aDescriptionThenARankAndTheName() {
            Document d = annotate("The head of the Danish navy, Admiral Marta Ilves, said the frigates would sail in May.", null,
                    "Marta Ilves");
            assertEquals(List.of(ILVES + "|R|the frigates would sail in May"), statements(d));
        }

        @Test
        void theTitleAfterAccordingToIsNoPartOfTheClaim() {
            Document d = annotate("According to Marta Ilves, Estonia's deputy defence minister, the radars will arrive in May.", null,
                    "Marta Ilves");
            assertEquals(List.of(ILVES + "|R|the radars will arrive in May"), statements(d));
        }
    }

    /** Round seven: speaker grammars from blind3's classes (invented sentences). */
    @Nested
    class RoundSeven {
        private static final String STRAND = "person/lena-strand";

        @Test
        void aSpeakerAfterAnInformalTitleInCommas() {
            Document d = annotate("The EU's diplomacy chief, Lena Strand, said on Monday that the sanctions would stay in place.",
                    null, "Lena Strand");
            assertEquals(List.of(STRAND + "|R|the sanctions would stay in place"), statements(d));
        }

        @Test
        void broadcastersAsAddressees() {
            Document d = annotate("Lena Strand told national television on Sunday that the border would stay open.", null, "Lena Strand");
            assertEquals(List.of(STRAND + "|R|the border would stay open"), statements(d));
        }

        @Test
        void aPossessiveTitleAndNameAsAddresseeOfATrailingCue() {
            Document d = annotate("Norway will fund two field hospitals in Moldova, Lena Strand told Moldova's prime minister, Ion Rusu, "
                    + "in a call on Friday.", null, "Lena Strand", "Ion Rusu");
            assertEquals(List.of(STRAND + "|R|Norway will fund two field hospitals in Moldova"), statements(d));
        }

        @Test
        void forHisPartBetweenSpeakerAndVerb() {
            Document d = annotate("Lena Strand, for her part, said the talks would resume in the spring.", null, "Lena Strand");
            assertEquals(List.of(STRAND + "|R|the talks would resume in the spring"), statements(d));
        }

        @Test
        void anAddresseeThenAClauseWithoutThat() {
            Document d = annotate("Lena Strand told reporters the convoy would leave on Friday. Lena Strand told reporters.", null, "Lena Strand");
            assertEquals(List.of(STRAND + "|R|the convoy would leave on Friday"), statements(d));
        }

        @Test
        void theNationalLeaderIsTheHeadOfStateOrGovernmentNamedBefore() {
            Document d = annotate("Irish Prime Minister Sean Byrne flew to Riga. The Irish leader said Dublin would fund the demining.",
                    null, "Sean Byrne");
            assertEquals(List.of("person/sean-byrne|R|Dublin would fund the demining"), statements(d));
        }
    }

    /** Round 9: reported-statement frames of news English, on invented sentences with other speakers. */
    @Nested
    class RoundNine {
        @Test
        void anonymousSourcesWithAPlaceAdverbAnAffiliationOrAnOffice() {
            assertEquals(List.of("-|R|the talks had stalled over the wording of the communique"),
                    statements(annotate("Officials there said the talks had stalled over the wording of the communique.", null)));
            assertEquals(List.of("-|R|Austria will not join the mission"),
                    statements(annotate("Austria will not join the mission, a spokesperson for the Federal Ministry of Defence and Sport said.", null)));
            assertEquals(List.of("-|R|Prime Minister Dick Schoof still saw no case for a date"),
                    statements(annotate("A spokeswoman for the Dutch government said Prime Minister Dick Schoof still saw no case for a date.", null)));
            assertEquals(List.of("-|R|Rutte is expected to visit Oslo in May to discuss air defence"),
                    statements(annotate("Rutte is expected to visit Oslo in May to discuss air defence, his office said.", null)));
        }

        @Test
        void theOneThingSaidAfterARefusalToSayMore() {
            Document d = annotate("Defence Minister Ivan Dobrev spoke in Sofia. He would not say when the jets might arrive, only that the"
                    + " first pilots had finished training.", null, "Ivan Dobrev");
            assertEquals(List.of("person/ivan-dobrev|R|the first pilots had finished training"), statements(d));
            d = annotate("Anna Berg met the press. She declined to comment on the timing, only that the door would stay open.", null, "Anna Berg");
            assertEquals(List.of("person/anna-berg|R|the door would stay open"), statements(d));
        }

        @Test
        void saidOnlyThatAfterAnAsideOfBeingAsked() {
            Document d = annotate("Viktor Orbán, asked about the vote, said only that Hungary would decide on its own.", null, "Viktor Orbán");
            assertEquals(List.of("person/viktor-orbán|R|Hungary would decide on its own"), statements(d));
            d = annotate("Lena Strand, pressed on the deadline, said Norway would wait for the allies.", null, "Lena Strand");
            assertEquals(List.of("person/lena-strand|R|Norway would wait for the allies"), statements(d));
        }

        @Test
        void twoTrailingCuesInOneSentenceEachReportTheirOwnClause() {
            Document d = annotate("Norway has earmarked NOK 400 million for Ukraine, Foreign Minister Espen Barth Eide said by phone, and Denmark"
                    + " has set aside DKK 100 million, according to Troels Lund Poulsen, the Danish defence minister.", null,
                    "Espen Barth Eide", "Troels Lund Poulsen");
            assertEquals(List.of("person/espen-barth-eide|R|Norway has earmarked NOK 400 million for Ukraine",
                    "person/troels-lund-poulsen|R|Denmark has set aside DKK 100 million"), statements(d));
        }

        @Test
        void anOccasionUsedToAnnounceOrPointOut() {
            Document d = annotate("Foreign Minister Espen Barth Eide used a speech to the Storting on Monday to announce 300 million kroner"
                    + " for demining in Ukraine.", null, "Espen Barth Eide");
            assertEquals(List.of("person/espen-barth-eide|R|300 million kroner for demining in Ukraine"), statements(d));
            d = annotate("Estonia's delegation used the debate to point out that the Baltic states already spend 3% of GDP on defence.", null);
            assertEquals(List.of("-|R|the Baltic states already spend 3% of GDP on defence"), statements(d));
        }

        @Test
        void theOneWhoPresidesOverABodyInAnAsideSpeaks() {
            Document d = annotate("Lina Kask, the speaker of the Riigikogu, said Estonia would keep spending.", null, "Lina Kask");
            assertEquals(List.of("person/lina-kask|R|Estonia would keep spending"), statements(d));
            d = annotate("Marta Zielinska, the chairwoman of the Sejm, told the assembly on Friday that Poland needed more air defence.",
                    null, "Marta Zielinska");
            assertEquals(List.of("person/marta-zielinska|R|Poland needed more air defence"), statements(d));
        }

        @Test
        void anOccasionBeforeAPronounSubjectAndAReportedRequest() {
            Document d = annotate("Defence Minister Lena Hartmann spoke in Berlin on Monday. In her speech she also announced that Germany"
                    + " would send four more IRIS-T systems.", null, "Lena Hartmann");
            assertEquals(List.of("person/lena-hartmann|R|Germany would send four more IRIS-T systems"), statements(d));
            d = annotate("Jonas Berg addressed the Storting. In his address he also asked allied parliaments to fund more demining.",
                    null, "Jonas Berg");
            assertEquals(List.of("person/jonas-berg|R|allied parliaments to fund more demining"), statements(d));
            d = annotate("Lena Hartmann flew to Riga. She urged the Baltic states to buy more air defence.", null, "Lena Hartmann");
            assertEquals(List.of("person/lena-hartmann|R|the Baltic states to buy more air defence"), statements(d));
            // Not a request reported: asking not to be named, being asked.
            d = annotate("One Polish official, who asked not to be named, said the dispute would not hold up deliveries."
                    + " Lena Hartmann was asked to comment on the vote.", null, "Lena Hartmann");
            assertEquals(List.of("-|R|the dispute would not hold up deliveries"), statements(d));
        }

        @Test
        void anyOccasionPhraseBeforeAPronounAndADayBeforeAClauseWithoutThat() {
            Document d = annotate("Defence Minister Lena Hartmann visited Kyiv. During the visit she also promised that Germany would deliver"
                    + " two more Patriot systems.", null, "Lena Hartmann");
            assertEquals(List.of("person/lena-hartmann|R|Germany would deliver two more Patriot systems"), statements(d));
            d = annotate("Defence Minister Lena Hartmann visited Kyiv. At a press conference she said the jets would arrive in spring.",
                    null, "Lena Hartmann");
            assertEquals(List.of("person/lena-hartmann|R|the jets would arrive in spring"), statements(d));
            d = annotate("Prime Minister Kristen Michal said on Monday Estonia would spend 5% of GDP on defence.", null, "Kristen Michal");
            assertEquals(List.of("person/kristen-michal|R|Estonia would spend 5% of GDP on defence"), statements(d));
            d = annotate("Foreign Minister Anna Berg used her first visit to Kyiv to pledge that Norway would double its aid.", null, "Anna Berg");
            assertEquals(List.of("person/anna-berg|R|Norway would double its aid"), statements(d));
        }

        @Test
        void aPersonAfterADescriptionEndsATrailingAccordingTo() {
            Document d = annotate("The aid will arrive in March, according to Norway's defence minister, Tore Sandvik.", null, "Tore Sandvik");
            assertEquals(List.of("person/tore-sandvik|R|The aid will arrive in March"), statements(d));
        }

        @Test
        void anAnonymousSourceAfterAccordingTo() {
            assertEquals(List.of("-|R|The shells will arrive by March"),
                    statements(annotate("The shells will arrive by March, according to a spokesman for the Czech defence ministry.", null)));
        }

        @Test
        void describingSomethingAsSomethingIsAClaim() {
            Document d = annotate("NATO Secretary General Mark Rutte has described the mission as a bridge to Ukraine's membership, while"
                    + " declining to say when.", null);
            assertEquals(List.of(RUTTE + "|R|the mission as a bridge to Ukraine's membership"), statements(d));
            d = annotate("The aid package was described as the largest so far.", null);
            assertEquals(List.of(), statements(d));
        }
    }
}
