package org.alliancegraph.extract;

import static org.alliancegraph.extract.FactFixtures.annotate;
import static org.alliancegraph.extract.FactFixtures.positions;
import static org.alliancegraph.extract.FactFixtures.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.alliancegraph.extract.Facts.Stance;

class PositionAnnotatorTest {
    private static final String RUTTE = "person/mark-rutte";
    private static final String ZELENSKYY = "person/volodymyr-zelenskyy";
    private static final String UKRAINE = "country/ukraine";
    private static final String NATO = "organisation/nato";
    private static final String EU = "organisation/european-union";

    /** The one position of a stance, failing if there is none or more than one. */
    private static Facts.Position only(Document d, Stance stance) {
        List<Facts.Position> found = d.positions().stream().filter(p -> p.stance() == stance).toList();
        assertEquals(1, found.size(), () -> stance + " in " + positions(d));
        return found.get(0);
    }

    /** The positions whose evidence sentence starts with {@code start}. */
    private static List<String> positionsIn(Document d, String start) {
        return d.positions().stream().filter(p -> d.text(p.evidence()).startsWith(start))
                .map(p -> String.join(",", p.holderKeys()) + "|" + p.stance()).toList();
    }

    @Nested
    class Stances {
        @Test
        void aidFirstIsCaution() {
            Document d = annotate("Foreign Minister Anna Berg said the alliance will focus first on getting more weapons to Ukraine,"
                    + " and that talks about membership in NATO could wait.", "2024-12-04", "Anna Berg");
            assertEquals(List.of("person/anna-berg|Cautious|" + UKRAINE + "|" + NATO), positions(d));
        }

        @Test
        void theCandidateOfShouldBeInvitedIsNotItsHolder() {
            Document d = annotate("Defence Minister Anna Berg argued that Ukraine should be invited to join NATO at the next summit.",
                    "2024-12-04", "Anna Berg");
            assertEquals(List.of("person/anna-berg|CallsForInvitation|" + UKRAINE + "|" + NATO), positions(d));
        }

        @Test
        void aGoalOfJoiningIsSupport() {
            Document d = annotate("The loan does not replace Ukraine's goal of joining NATO, Deputy Minister Anna Berg said.",
                    "2024-12-04", "Anna Berg");
            assertEquals(List.of("person/anna-berg|SupportsMembership|" + UKRAINE + "|" + NATO), positions(d));
        }

        @Test
        void noUnanimityIsNoConsensusAndAShortStanceInheritsTheTopic() {
            Document d = annotate("There is a majority for inviting Ukraine into NATO, but there is no unanimity, a diplomat said."
                    + " Slovakia remains reluctant.", "2024-12-04");
            assertEquals(List.of(NATO + "|NoConsensus|" + UKRAINE + "|" + NATO, "country/slovakia|Cautious|" + UKRAINE + "|" + NATO),
                    positions(d));
        }
        @Test
        void anotherCountryOpposesAccessionToTheEu() {
            Document d = annotate("Hungarian Foreign Minister Péter Szijjártó said Hungary opposes Ukraine’s accession to the European Union.",
                    "2024-11-20", "Péter Szijjártó");
            assertEquals(List.of("country/hungary|Opposes|country/ukraine|" + EU), positions(d));
            Facts.Position p = d.positions().get(0);
            assertEquals(0, p.statement(), "expressed in the minister's statement");
            assertEquals(LocalDate.of(2024, 11, 20), p.date());
            assertEquals(d.sentences().get(1).span(), p.evidence());
        }

        @Test
        void aVetoOfAnotherCandidate() {
            Document d = annotate("Hungary will veto Moldova’s accession to the EU, Budapest warned.", "2024-11-20");
            assertEquals(List.of("country/hungary|Opposes|country/moldova|" + EU), positions(d));
        }

        @Test
        void supportForMoldovaInTheEuFromAnotherAnnotatorsSpeaker() {
            Document d = annotate("Moldova’s future lies in the European Union, Ursula von der Leyen said in Chisinau.", "2024-10-20",
                    "Ursula von der Leyen");
            assertEquals(List.of("person/ursula-von-der-leyen|SupportsMembership|country/moldova|" + EU), positions(d));
        }

        @Test
        void aCallForAnInvitationOfAnotherCountry() {
            Document d = annotate("Germany called for an immediate invitation for Georgia to join NATO.", "2024-10-20");
            assertEquals(List.of("country/germany|CallsForInvitation|country/georgia|" + NATO), positions(d));
            assertEquals(PositionAnnotator.NAMED, d.positions().get(0).confidence());
            assertEquals(-1, d.positions().get(0).statement());
        }

        @Test
        void negationFlipsTheStance() {
            Document d = annotate("""
                    Trump said that Ukraine will never be a member of NATO.
                    Rutte does not rule out Ukraine joining the Alliance.
                    Putin has ruled out Moldova joining NATO.""", null);
            assertEquals(List.of("person/donald-trump|Opposes|" + UKRAINE + "|" + NATO,
                    RUTTE + "|SupportsMembership|" + UKRAINE + "|" + NATO,
                    "person/vladimir-putin|Opposes|country/moldova|" + NATO), positions(d));
        }

        @Test
        void oneSentenceMayHoldTwoStances() {
            Document d = annotate("Rutte said Ukraine will become a member of NATO but refused to set a timeline.", "2024-10-16");
            assertEquals(List.of(RUTTE + "|SupportsMembership|" + UKRAINE + "|" + NATO, RUTTE + "|NoTimeline|" + UKRAINE + "|" + NATO),
                    positions(d));
            assertTrue(d.positions().stream().allMatch(p -> p.statement() == 0));
        }

        @Test
        void cuesWithoutMembershipAreNoPositions() {
            Document d = annotate("""
                    Rutte was careful not to fully endorse the victory plan.
                    Allies hesitate to give Kyiv permission to use long-range weapons.
                    Hungary opposes new sanctions against Russia.""", null);
            assertEquals(List.of(), positions(d));
        }
    }

    @Nested
    class Holders {
        @Test
        void anAnonymousOfficialHoldsForTheCountryNamedInTheDescription() {
            Document d = annotate("A senior U.S. official said there is no consensus on inviting Ukraine to join NATO.", "2024-12-02");
            assertEquals(List.of("country/united-states|NoConsensus|" + UKRAINE + "|" + NATO), positions(d));
            assertEquals(PositionAnnotator.STAND_IN, d.positions().get(0).confidence());
            assertEquals(0, d.positions().get(0).statement());
        }

        @Test
        void anonymousDiplomatsAndSuchAStepStandForTheOrganisation() {
            Document d = annotate("Sybiha urged allies to invite Ukraine to join NATO. Diplomats said there was no consensus for such a step.",
                    "2024-12-02");
            Facts.Position p = only(d, Stance.NoConsensus);
            assertEquals(List.of(NATO), p.holderKeys());
            assertEquals(UKRAINE, p.candidateKey());
            assertEquals(PositionAnnotator.STAND_IN - PositionAnnotator.IMPLIED_PENALTY, p.confidence(), 1e-9);
        }

        @Test
        void unnamedAlliesStandForTheOrganisationAndImpliedPartsCostConfidence() {
            Document d = annotate("""
                    Ukraine wants to join NATO. NATO met in Brussels.
                    Western allies have shown caution about admitting the war-torn country while hostilities persist.""", null);
            Facts.Position p = only(d, Stance.Cautious);
            assertEquals(List.of(NATO), p.holderKeys());
            assertEquals(UKRAINE, p.candidateKey(), "the document's most-mentioned country");
            assertEquals(NATO, p.organisationKey(), "the document's most-mentioned organisation");
            assertEquals(PositionAnnotator.STAND_IN - PositionAnnotator.IMPLIED_PENALTY, p.confidence(), 1e-9);
        }

        @Test
        void aPronounHolderIsTheFocusPerson() {
            Document d = annotate("""
                    On Thursday, NATO Secretary-General Mark Rutte addressed the headquarters in Brussels.
                    However, he refrained from specifying a timeline for Ukraine’s accession to NATO.""", "2024-10-17");
            Facts.Position p = only(d, Stance.NoTimeline);
            assertEquals(List.of(RUTTE), p.holderKeys());
            assertEquals(PositionAnnotator.RESOLVED, p.confidence());
        }

        @Test
        void theyIsTheLastGroup() {
            Document d = annotate("""
                    In July, NATO’s 32 member nations collectively stated that Ukraine was on an irreversible path to membership.
                    Nevertheless, they have yet to pinpoint an exact date for Ukraine’s entry into the alliance.""", "2024-10-17");
            assertEquals(List.of(NATO + "|IrreversiblePath|" + UKRAINE + "|" + NATO, NATO + "|NoTimeline|" + UKRAINE + "|" + NATO),
                    positions(d));
        }

        @Test
        void aPossessorHoldsTheCallAndWhoWillNotRespondIsCautious() {
            Document d = annotate("Reuters reported that NATO is unlikely to respond to Ukraine’s call for an invitation to join.", null);
            assertEquals(List.of(UKRAINE + "|CallsForInvitation|" + UKRAINE + "|" + NATO, NATO + "|Cautious|" + UKRAINE + "|" + NATO),
                    positions(d));
        }

        @Test
        void theSubjectOfASubordinateClause() {
            Document d = annotate("Rutte spoke to the press, after Zelenskyy unveiled his plan aimed at securing an invitation for Ukraine "
                    + "to NATO.", null);
            assertEquals(List.of(ZELENSKYY + "|CallsForInvitation|" + UKRAINE + "|" + NATO), positions(d));
        }
    }

    @Nested
    class Dates {
        @Test
        void statementDateThenSentenceDayThenPublication() {
            Document d = annotate("""
                    On Monday, Rutte said “Ukraine gets closer every day. Its path to membership is irreversible.”
                    On Tuesday, Hungary vetoed Ukraine’s accession talks with the EU.
                    Slovakia opposes Ukraine’s NATO membership.""", "2024-10-17");
            assertEquals(List.of("person/mark-rutte|IrreversiblePath", "country/hungary|Opposes", "country/slovakia|Opposes"),
                    d.positions().stream().map(p -> p.holderKeys().get(0) + "|" + p.stance()).toList());
            // The irreversible sentence names no day: the date is its statement's, Monday.
            assertEquals(List.of(LocalDate.of(2024, 10, 14), LocalDate.of(2024, 10, 15), LocalDate.of(2024, 10, 17)),
                    d.positions().stream().map(Facts.Position::date).toList());
        }
    }

    @Nested
    class Seeds {
        @Test
        void seed001IrreversiblePathFromRuttesStatement() {
            Document d = seed("001");
            Facts.Position p = only(d, Stance.IrreversiblePath);
            assertEquals(List.of(RUTTE), p.holderKeys());
            assertEquals(UKRAINE, p.candidateKey());
            assertEquals(NATO, p.organisationKey());
            assertEquals("Ukraine’s path to membership is irreversible", d.text(d.statements().get(p.statement()).words()));
        }

        @Test
        void seed002VagueOnWhen() {
            Document d = seed("002");
            assertEquals(List.of(RUTTE), only(d, Stance.NoTimeline).holderKeys());
            assertEquals(List.of(ZELENSKYY), only(d, Stance.CallsForInvitation).holderKeys());
        }

        @Test
        void seed003NoConsensusFromAnonymousDiplomats() {
            Document d = seed("003");
            Facts.Position p = only(d, Stance.NoConsensus);
            assertEquals(List.of(NATO), p.holderKeys());
            Facts.Statement st = d.statements().get(p.statement());
            assertEquals(null, st.speakerKey());
            assertTrue(d.text(st.words()).startsWith("there is no consensus"));
            assertEquals(List.of(RUTTE + "|Cautious"), positionsIn(d, "However, Rutte does not expect"));
        }

        @Test
        void seed004InvitationTimelineAndCaution() {
            Document d = seed("004");
            assertEquals(List.of(ZELENSKYY + "|CallsForInvitation"), positionsIn(d, "In a post on X, Zelenskyy indicated"));
            // The same call again in a later quotation is the same position (GUIDELINES §2.5).
            assertEquals(List.of(), positionsIn(d, "“An invitation now"));
            assertEquals(List.of(RUTTE + "|NoTimeline"), positionsIn(d, "However, he refrained"));
            assertEquals(List.of(NATO + "|Cautious", UKRAINE + "|CallsForInvitation"), positionsIn(d, "Despite Ukraine’s urgent call"));
            assertEquals(List.of(NATO + "|IrreversiblePath"), positionsIn(d, "At that time, NATO’s 32 member nations"));
        }

        @Test
        void seed000MemberInTheFutureAndNoShortTermAnswer() {
            Document d = seed("000");
            // Rutte's support, stated three times, is one position: the first statement of it (GUIDELINES §2.5).
            assertEquals(List.of(RUTTE + "|SupportsMembership", RUTTE + "|NoTimeline"),
                    positionsIn(d, "NATO Secretary General Mark Rutte says"));
            assertEquals(1, d.positions().stream().filter(p -> p.stance() == Stance.SupportsMembership && p.holderKeys().equals(List.of(RUTTE))).count());
            assertTrue(d.positions().stream().allMatch(p -> p.candidateKey().equals(UKRAINE) && p.organisationKey().equals(NATO)));
        }
    }

    @Nested
    class RoundFour {
        @Test
        void aSpeakerStatingHisGovernmentsLineGivesTheCountrysPosition() {
            Document d = annotate("Defence Minister Anna Berg said that Paris backed Ukraine's bid to join NATO but would not put a date on it.",
                    "2025-02-12", "Anna Berg");
            assertEquals(List.of("country/france|NoTimeline|" + UKRAINE + "|" + NATO, "country/france|SupportsMembership|" + UKRAINE + "|" + NATO),
                    positions(d).stream().sorted().toList());
        }

        @Test
        void hisCountryIsTheSpeakersState() {
            // The full pipeline: the speaker's country comes from her role.
            Document d = Pipeline.standard(org.alliancegraph.TestSupport.catalog()).run(AnnotatorFixtures.document("Headline\nHungarian Foreign Minister"
                    + " Anna Berg told reporters that her country would never support Ukraine joining NATO.",
                    java.util.Map.of("published", "2025-02-12")).article());
            assertEquals(List.of("country/hungary|Opposes|" + UKRAINE + "|" + NATO), positions(d));
        }

        @Test
        void theCandidateAsReportedSubjectLeavesTheSpeakerAsHolder() {
            Document d = annotate("Defence Minister Anna Berg said Ukraine belongs in NATO.", "2025-02-12", "Anna Berg");
            assertEquals(List.of("person/anna-berg|SupportsMembership|" + UKRAINE + "|" + NATO), positions(d));
        }

        @Test
        void coordinatedCountriesHoldOnePositionEach() {
            Document d = annotate("Latvia and Poland, by contrast, have called on allies to issue an invitation to Ukraine before the NATO summit.",
                    "2025-02-12");
            assertEquals(List.of("country/latvia|CallsForInvitation|" + UKRAINE + "|" + NATO,
                    "country/poland|CallsForInvitation|" + UKRAINE + "|" + NATO), positions(d));
        }

        @Test
        void aCapitalActingAsHolderIsItsState() {
            Document d = annotate("Budapest will not agree to Ukraine joining NATO.", "2025-02-12");
            assertEquals(List.of("country/hungary|Opposes|" + UKRAINE + "|" + NATO), positions(d));
        }

        @Test
        void newStancePhrasings() {
            assertEquals(List.of("country/slovakia|Cautious|" + UKRAINE + "|" + NATO),
                    positions(annotate("Slovakia said talk of Ukraine joining NATO was premature.", "2025-02-12")));
            assertEquals(List.of("country/latvia|SupportsMembership|" + UKRAINE + "|" + NATO),
                    positions(annotate("Latvia is in favour of Ukraine's membership of NATO.", "2025-02-12")));
            assertEquals(List.of(NATO + "|NoConsensus|" + UKRAINE + "|" + NATO),
                    positions(annotate("On Ukraine's accession, NATO allies are divided.", "2025-02-12")));
            assertEquals(List.of("country/poland|NoTimeline|" + UKRAINE + "|" + NATO),
                    positions(annotate("Poland has not set a timetable for Ukraine's accession to NATO.", "2025-02-12")));
            // GUIDELINES §7: "not now" is caution (round six; it was read as opposition before).
            assertEquals(List.of("country/norway|Cautious|" + UKRAINE + "|" + NATO),
                    positions(annotate("Norway said it was not the right time for Ukraine to join NATO.", "2025-02-12")));
        }
    }

    /** Round five: classes of phrasing from unseen articles, on invented sentences. */
    @Nested
    class RoundFive {
        private static final String BERG = "person/anna-berg";

        @Test
        void wordsBeforeAParentheticalHeSaidAreTheSpeakers() {
            Document d = annotate("Foreign Minister Anna Berg spoke in Riga on Monday. Moldova belonged in the EU, she said, but the timing"
                    + " was for the leaders to decide, and she would not guess at a year.", "2025-02-12", "Anna Berg");
            assertEquals(List.of(BERG + "|NoTimeline|country/moldova|" + EU, BERG + "|SupportsMembership|country/moldova|" + EU),
                    positions(d).stream().sorted().toList());
        }

        @Test
        void aCountrysMinistryOrGovernmentHoldsForTheCountry() {
            assertEquals(List.of("country/poland|CallsForInvitation|country/poland|" + NATO),
                    positions(annotate("Poland's foreign ministry has said it wants an invitation to join NATO by the autumn.", "2025-02-12")));
            assertEquals(List.of("country/hungary|Opposes|" + UKRAINE + "|" + NATO),
                    positions(annotate("Hungary’s government has said it sees no place for Ukraine in NATO and would block any invitation"
                            + " at the summit.", "2025-02-12")));
        }

        @Test
        void anAnonymousSourceInALaterClauseHoldsWhatFollowsIt() {
            Document d = annotate("Georgia wants the summit to issue a formal invitation to join NATO, but officials at NATO headquarters"
                    + " say the declaration is unlikely to mention a timeline.", "2025-02-12");
            assertEquals(List.of("country/georgia|CallsForInvitation|country/georgia|" + NATO, NATO + "|NoTimeline|country/georgia|" + NATO),
                    positions(d).stream().sorted().toList());
        }

        @Test
        void coordinatedCountriesThatRemainReluctantAreCautiousAndCallForNothing() {
            Document d = annotate("According to diplomats, Spain and Italy remain reluctant to extend an invitation to Ukraine to join NATO"
                    + " while the war continues.", "2025-02-12");
            assertEquals(List.of("country/spain|Cautious|" + UKRAINE + "|" + NATO, "country/italy|Cautious|" + UKRAINE + "|" + NATO),
                    positions(d));
        }

        @Test
        void aCountryBacksAnotherThroughItsAccession() {
            Document d = annotate("Anna Berg said that Romania would back Moldova at every step of its EU accession talks.", "2025-02-12", "Anna Berg");
            assertEquals(List.of("country/romania|SupportsMembership|country/moldova|" + EU), positions(d));
        }

        @Test
        void askedAboutACountryMakesItTheCandidate() {
            Document d = annotate("Foreign Minister Anna Berg discussed aid to Ukraine and Ukraine's reconstruction on Monday."
                    + " Asked about Georgia, she said the country's place was still in NATO but that she saw no timetable for membership.",
                    "2025-02-12", "Anna Berg");
            assertEquals(List.of(BERG + "|NoTimeline|country/georgia|" + NATO, BERG + "|SupportsMembership|country/georgia|" + NATO),
                    positions(d).stream().sorted().toList());
        }

        @Test
        void theCountryIsNotTheSpeakersOwnWhenTheSpeakerHoldsAPost() {
            // With the role annotator in the pipeline the speaker holds a post in Romania; "the country" is still Georgia.
            Document d = PipelineFixtures.standard("2025-02-12", "Romanian Foreign Minister Anna Berg discussed aid on Monday."
                    + " Asked about Georgia, she said the country's place was still in NATO but that she saw no timetable for membership.");
            assertEquals(List.of(BERG + "|NoTimeline|country/georgia|" + NATO, BERG + "|SupportsMembership|country/georgia|" + NATO),
                    positions(d).stream().sorted().toList());
        }

        @Test
        void theSubjectOfShouldBeInvitedOrOfAPathIsTheCandidateNotAGovernmentLine() {
            Document d = annotate("Sweden will send tanks. Sweden will send shells. Minister Anna Berg said Ukraine should be invited to join"
                    + " NATO now. Anna Berg also said that Georgia was on an irreversible path to membership.", "2025-02-12", "Anna Berg");
            assertEquals(List.of(BERG + "|CallsForInvitation|" + UKRAINE + "|" + NATO, BERG + "|IrreversiblePath|country/georgia|" + NATO),
                    positions(d));
        }

        @Test
        void aParliamentIsNoOrganisationToJoin() {
            Document d = annotate("Anna Berg addressed the Verkhovna Rada. The Verkhovna Rada applauded her, and the Verkhovna Rada voted."
                    + " NATO Secretary General Mark Rutte said Ukraine was on an irreversible path to membership.", "2025-02-12", "Anna Berg");
            assertEquals(List.of(RUTTE + "|IrreversiblePath|" + UKRAINE + "|" + NATO), positions(d));
        }

        @Test
        void aidFirstAndNotOnTheAgendaAreCaution() {
            assertEquals(List.of(BERG + "|Cautious|" + UKRAINE + "|" + NATO),
                    positions(annotate("Anna Berg said the priority for 2025 was getting weapons to the front and that an invitation for"
                            + " Ukraine to join NATO was not on the agenda.", "2025-02-12", "Anna Berg")));
            assertEquals(List.of(BERG + "|Cautious|" + UKRAINE + "|" + NATO),
                    positions(annotate("Anna Berg said NATO's priority for the spring was ammunition, not a debate about invitations for"
                            + " Ukraine.", "2025-02-12", "Anna Berg")));
        }

        @Test
        void moreWaysOfStatingAStance() {
            assertEquals(List.of(NATO + "|NoTimeline|" + UKRAINE + "|" + NATO),
                    positions(annotate("A senior diplomat said allies are unlikely to set a timeline for Ukraine's accession to NATO.", "2025-02-12")));
            assertEquals(List.of("country/georgia|CallsForInvitation|country/georgia|" + NATO),
                    positions(annotate("Despite Georgia's urgent call for membership, NATO waits.", "2025-02-12")).subList(0, 1));
            assertEquals(List.of(BERG + "|Cautious|" + UKRAINE + "|" + NATO),
                    positions(annotate("Anna Berg made no comment on Ukraine's invitation to NATO.", "2025-02-12", "Anna Berg")));
            assertEquals(List.of(BERG + "|SupportsMembership|" + UKRAINE + "|" + NATO),
                    positions(annotate("Anna Berg offered talks if it means Ukraine can join NATO.", "2025-02-12", "Anna Berg")));
            assertEquals(List.of(BERG + "|SupportsMembership|country/moldova|" + EU),
                    positions(annotate("Anna Berg said that Moldova's accession talks with the EU were on track.", "2025-02-12", "Anna Berg")));
        }

        @Test
        void aPlaceInACityIsNoPlaceInTheAlliance() {
            assertEquals(List.of(), positions(annotate("Anna Berg said the summit's place was in Riga, where Ukraine's membership"
                    + " of NATO will be discussed.", "2025-02-12", "Anna Berg")));
        }

        @Test
        void itStandsForTheFirstOrganisationOfTheSentence() {
            Document d = annotate("Although NATO has long said it would eventually admit Ukraine, it has not issued an invitation.", "2025-02-12");
            assertEquals(List.of(NATO + "|SupportsMembership|" + UKRAINE + "|" + NATO, NATO + "|Cautious|" + UKRAINE + "|" + NATO), positions(d));
        }

        @Test
        void theOwnerOfAStatedLineOrMembersActingAsOneHoldIt() {
            assertEquals(List.of(NATO + "|IrreversiblePath|" + UKRAINE + "|" + NATO),
                    positions(annotate("Anna Berg repeated NATO's pledge that Ukraine's path to membership is irreversible.", "2025-02-12", "Anna Berg")));
            assertEquals(List.of(NATO + "|SupportsMembership|" + UKRAINE + "|" + NATO),
                    positions(annotate("Anna Berg said partners have agreed on Ukraine's future in NATO.", "2025-02-12", "Anna Berg")));
            // Allies called upon do not hold the call: the speaker does.
            assertEquals(List.of(BERG + "|CallsForInvitation|" + UKRAINE + "|" + NATO),
                    positions(annotate("Anna Berg said allies should invite Ukraine into NATO at the summit.", "2025-02-12", "Anna Berg")));
        }

        @Test
        void aHolderWhoOpposesIsNotAlsoCautiousAndAStanceIsCountedOnce() {
            Document d = annotate("There is no consensus on inviting Ukraine into NATO, a diplomat said. Spain and Hungary remain the most"
                    + " reluctant. Hungary will not agree to Ukraine joining NATO. Hungary will not agree to Ukraine joining NATO soon.", "2025-02-12");
            assertEquals(List.of(NATO + "|NoConsensus|" + UKRAINE + "|" + NATO, "country/spain|Cautious|" + UKRAINE + "|" + NATO,
                    "country/hungary|Opposes|" + UKRAINE + "|" + NATO), positions(d));
        }
    }

    /** Round six: general ways news states a position, on invented sentences (other actors, other wording). */
    @Nested
    class RoundSix {
        private static final String BERG = "person/anna-berg";
        private static final String GEORGIA = "country/georgia";

        private List<String> of(String body, String... people) {
            return positions(annotate(body, "2025-02-12", people)).stream().sorted().toList();
        }

        @Test
        void reportedSpeechBackshiftsTheFuture() {
            assertEquals(List.of(BERG + "|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("Foreign Minister Anna Berg said that Georgia would become a member of NATO one day.", "Anna Berg"));
            assertEquals(List.of(BERG + "|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("Anna Berg spoke in Tbilisi. Georgia would be in NATO sooner or later, she said, and delay only helped Moscow.", "Anna Berg"));
            assertEquals(List.of(BERG + "|SupportsMembership|country/moldova|" + EU),
                    of("Anna Berg said on Monday that Moldova will join the EU before the end of the decade.", "Anna Berg"));
        }

        @Test
        void aRefusalLimitedInTimeIsCautionNotOpposition() {
            assertEquals(List.of(BERG + "|Cautious|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said Georgia would not join NATO while the war in the region continued.", "Anna Berg"));
            assertEquals(List.of("person/vladimir-putin|Opposes|" + GEORGIA + "|" + NATO),
                    of("Vladimir Putin said Georgia will never join NATO."));
            // A holder who will not support it opposes, time limit or not; and "not mean … while" is no caution.
            assertEquals(List.of("country/hungary|Opposes|" + GEORGIA + "|" + NATO),
                    of("Hungary will not support Georgia's membership of NATO while the war goes on."));
            assertEquals(List.of(),
                    of("Anna Berg argued that talks would not mean Georgia joining NATO while the fighting continued.", "Anna Berg"));
        }

        @Test
        void notSayingWhenIsNoTimeline() {
            assertEquals(List.of(BERG + "|NoTimeline|" + GEORGIA + "|" + NATO),
                    of("Anna Berg would not say when Georgia might be invited to join NATO.", "Anna Berg"));
            assertEquals(List.of(NATO + "|SupportsMembership|" + GEORGIA + "|" + NATO, BERG + "|NoTimeline|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said all allies agreed that Georgia would become a member of NATO, but she would not be drawn on when.",
                            "Anna Berg"));
        }

        @Test
        void deferringIsCaution() {
            assertEquals(List.of(BERG + "|Cautious|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said Georgia's membership of NATO was a question for the heads of government.", "Anna Berg"));
            assertEquals(List.of(BERG + "|Cautious|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said an invitation for Georgia to join NATO was not on the table this spring.", "Anna Berg"));
            assertEquals(List.of(BERG + "|Cautious|" + GEORGIA + "|" + NATO, BERG + "|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said Georgia would become a member of NATO, but that the first task for allies was to make sure"
                            + " Georgia had the air defence it needed.", "Anna Berg"));
            assertEquals(List.of("country/portugal|Cautious|" + GEORGIA + "|" + NATO),
                    of("Portugal is sceptical about Georgia's membership of NATO."));
        }

        @Test
        void callsWithAnIndirectObjectOrAsARequest() {
            assertEquals(List.of(BERG + "|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said that the summit should give Georgia an invitation to NATO and weapons rather than advice.", "Anna Berg"));
            assertEquals(List.of(BERG + "|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Anna Berg urged the allies in Brussels to invite Georgia into NATO.", "Anna Berg"));
            assertEquals(List.of(BERG + "|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Anna Berg asked NATO for an invitation for Georgia.", "Anna Berg"));
            assertEquals(List.of(GEORGIA + "|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Georgia's government says no trade deal can stand in for an invitation to join NATO, which it continues to seek."));
            assertEquals(List.of(BERG + "|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Anna Berg visited Georgia. “Our main demand is an invitation to NATO,” Anna Berg said.", "Anna Berg"));
        }

        @Test
        void aPronounAfterASpeechVerbIsItsSubjectAndAHolderGovernsOnlyItsClause() {
            assertEquals(List.of("country/hungary|Opposes|" + GEORGIA + "|" + NATO, "country/slovakia|Opposes|" + GEORGIA + "|" + NATO,
                    "country/spain|Cautious|" + GEORGIA + "|" + NATO),
                    of("NATO met. Spain is the most hesitant, while Hungary and Slovakia have said openly that they oppose Georgia's membership."));
            assertEquals(List.of("country/latvia|CallsForInvitation|" + GEORGIA + "|" + NATO, BERG + "|Cautious|" + GEORGIA + "|" + NATO,
                    BERG + "|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("Latvia's government wants Georgia to receive an invitation to NATO, while Anna Berg said on Monday that"
                            + " Georgia's place was in NATO but that joining would have to wait.", "Anna Berg"));
        }

        @Test
        void aRelativeClauseOrARefusalToAcceptNamesItsHolder() {
            assertEquals(List.of("country/poland|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("NATO met in Brussels. Poland, which has championed Georgia's bid, spoke first."));
            assertEquals(List.of("country/russia|Opposes|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said the talks had failed and that Russia would never accept Georgia in NATO.", "Anna Berg"));
        }

        @Test
        void lettingInRefusingToInviteAndFearingEscalation() {
            assertEquals(List.of("person/robert-fico|Opposes|" + GEORGIA + "|" + NATO),
                    of("Robert Fico said he would never allow Georgia to join NATO.", "Robert Fico"));
            assertEquals(List.of("country/france|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("NATO met. France has said it is open to inviting Georgia."));
            assertEquals(List.of(NATO + "|Cautious|" + GEORGIA + "|" + NATO),
                    of("NATO met. The alliance will not invite Georgia this year, a senior diplomat said."));
            assertEquals(List.of(NATO + "|Cautious|" + GEORGIA + "|" + NATO),
                    of("NATO met. Some allies fear that admitting Georgia could drag the alliance into a war."));
            assertEquals(List.of(BERG + "|Cautious|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said it was not the moment to talk about Georgia's membership of NATO.", "Anna Berg"));
        }

        @Test
        void anAsideOfSpeechBetweenSubjectAndVerbAndAnInvitationThatIsNeeded() {
            assertEquals(List.of("country/italy|Cautious|" + GEORGIA + "|" + NATO, "country/portugal|Cautious|" + GEORGIA + "|" + NATO),
                    of("NATO met on Georgia's membership. Portugal and Italy, diplomats said, were in no hurry either."));
            assertEquals(List.of(BERG + "|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Anna Berg spoke of Georgia. She insisted that an invitation to NATO was urgently needed.", "Anna Berg"));
            // Who needs an invitation needs it for itself, not for another country of the article.
            assertEquals(List.of(GEORGIA + "|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Spain sent aid. Spain sent more aid. Georgia needs an invitation to NATO this year."));
        }

        @Test
        void anOrganisationAfterAPrepositionIsNoSubject() {
            assertEquals(List.of("person/dmitry-peskov|Opposes|" + GEORGIA + "|" + NATO),
                    of("Dmitry Peskov said Georgia's membership of NATO was unacceptable.", "Dmitry Peskov"));
        }

        @Test
        void argumentsForAnInvitationAndWhatTheCandidateDeserves() {
            assertEquals(List.of(BERG + "|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Anna Berg wrote that an invitation to NATO would show Moscow that its pressure on Georgia had failed.", "Anna Berg"));
            assertEquals(List.of("person/petr-pavel|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Petr Pavel said he saw no reason to delay an invitation for Georgia to join NATO.", "Petr Pavel"));
            assertEquals(List.of("country/estonia|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("NATO met. Estonia is pushing for Georgia to be invited at the next summit."));
            assertEquals(List.of(BERG + "|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("Spain sent aid. Anna Berg said that Georgia deserved a clear path to NATO membership.", "Anna Berg"));
        }

        @Test
        void holdingBackAndStatedLinesAndGovernmentsThatContinueToSupport() {
            assertEquals(List.of("country/italy|Cautious|" + GEORGIA + "|" + NATO, "country/italy|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("Giorgia Meloni said Rome supported Georgia's eventual membership of NATO but wanted aid to come first.", "Giorgia Meloni"));
            assertEquals(List.of("country/turkey|Cautious|" + GEORGIA + "|" + NATO),
                    of("NATO met. Turkey remains noncommittal on the question of Georgia's membership."));
            assertEquals(List.of("country/belgium|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("NATO met. Belgium's position is that Georgia should join the alliance."));
            assertEquals(List.of("country/canada|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("Canada continued to support Georgia's path to NATO membership, Anna Berg said.", "Anna Berg"));
            assertEquals(List.of("country/united-states|Cautious|" + GEORGIA + "|" + NATO),
                    of("Georgia asked to join NATO. Washington has been reluctant."));
        }

        @Test
        void anUnresolvedTitleSpeaksForTheCountryOfItsDemonym() {
            assertEquals(List.of("country/germany|Cautious|" + GEORGIA + "|" + NATO),
                    of("NATO met. The German chancellor has made clear he does not want to rush Georgia's accession."));
        }

        @Test
        void anInvitationJudgedHarmfulIsCautionAndAQuestionAssertsNothing() {
            assertEquals(List.of(NATO + "|Cautious|" + GEORGIA + "|" + NATO),
                    of("NATO met on Georgia. “An invitation now would be a mistake,” a senior diplomat said."));
            assertEquals(List.of(BERG + "|NoTimeline|" + GEORGIA + "|" + NATO),
                    of("Anna Berg was vague on when Georgia might join NATO.", "Anna Berg"));
            assertEquals(List.of("person/donald-trump|Opposes|" + GEORGIA + "|" + NATO),
                    of("Donald Trump has suggested that Georgia may never join NATO."));
            assertEquals(List.of(BERG + "|Cautious|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said the time was not ripe for Georgia's membership of NATO.", "Anna Berg"));
        }

        @Test
        void peopleWhoSpeakTogetherHoldTogether() {
            assertEquals(List.of(BERG + "|IrreversiblePath|" + GEORGIA + "|" + NATO, RUTTE + "|IrreversiblePath|" + GEORGIA + "|" + NATO),
                    of("Mark Rutte and Anna Berg said Georgia's path to NATO was irreversible.", "Anna Berg"));
            assertEquals(List.of(RUTTE + "|IrreversiblePath|" + GEORGIA + "|" + NATO),
                    of("Anna Berg met Mark Rutte, and Rutte said Georgia's path to NATO was irreversible.", "Anna Berg"));
        }

        @Test
        void aCapitalOpeningTheSentenceSpeaksForItsStateOnItself() {
            assertEquals(List.of(GEORGIA + "|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("NATO discussed Georgia's accession on Tuesday. Tbilisi insists that membership is the only real guarantee against"
                            + " an attack by Russia."));
        }

        @Test
        void membershipAsAnAimAndACallForTheCandidateToReceiveAnInvitation() {
            assertEquals(List.of(BERG + "|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said Georgia would never give up its NATO ambitions.", "Anna Berg"));
            assertEquals(List.of(BERG + "|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("Membership of NATO remains Georgia's strategic goal, Anna Berg said.", "Anna Berg"));
            assertEquals(List.of(GEORGIA + "|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("NATO met. Georgia has long sought membership of the alliance."));
            assertEquals(List.of(BERG + "|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Anna Berg told reporters that Georgia should receive an invitation to NATO before the summer.", "Anna Berg"));
        }

        @Test
        void noShortcutAndSomethingElseInsteadOfMembershipAreCaution() {
            assertEquals(List.of(BERG + "|Cautious|" + GEORGIA + "|" + NATO),
                    of("Anna Berg repeated that there could be no shortcut to Georgia's membership of NATO.", "Anna Berg"));
            assertEquals(List.of("country/spain|Cautious|" + GEORGIA + "|" + NATO),
                    of("NATO discussed Georgia's accession. Anna Berg said Spain wanted Georgia to focus on reforms rather than on membership.",
                            "Anna Berg"));
        }

        @Test
        void forecastsAreNoStances() {
            assertEquals(List.of(), of("NATO met in Brussels. No invitation is expected this week for Georgia to join NATO, diplomats said."));
            // A past accession is no stance.
            assertEquals(List.of(), of("NATO met in Brussels on Georgia's bid. Turkey welcomed Sweden into NATO last year."));
        }
    }

    /** Round seven: the back-off of general signals when no phrase fires (StanceBackoff); invented sentences. */
    @Nested
    class BackOff {
        private static final String BERG = "person/anna-berg";
        private static final String MOLDOVA = "country/moldova";
        private static final String GEORGIA = "country/georgia";

        private List<String> of(String body) {
            return positions(annotate(body, "2025-03-04", "Anna Berg")).stream().sorted().toList();
        }

        @Test
        void aPositiveWordIsSupport() {
            assertEquals(List.of(BERG + "|SupportsMembership|" + MOLDOVA + "|" + EU),
                    of("Foreign Minister Anna Berg said she was optimistic about Moldova's accession to the EU."));
        }

        @Test
        void aStrongRefusalOpposesAndALimitedOneIsCaution() {
            assertEquals(List.of(BERG + "|Opposes|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said Georgia's place in NATO was out of the question."));
            assertEquals(List.of(BERG + "|Cautious|" + MOLDOVA + "|" + EU),
                    of("Anna Berg said Moldova's EU accession depended on conditions that were still far from met."));
        }

        @Test
        void noDeadlineIsNoTimeline() {
            assertEquals(List.of(BERG + "|NoTimeline|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said there was still no deadline for Georgia's accession to NATO."));
        }

        @Test
        void aModalWithAnInvitationIsACall() {
            assertEquals(List.of(BERG + "|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said the allies needed to agree on an invitation for Georgia to join NATO."));
        }

        @Test
        void alliesAtOddsIsNoConsensus() {
            // The allies who would admit Moldova to the EU are its members: the EU's (absent) collective position.
            assertEquals(List.of(EU + "|NoConsensus|" + MOLDOVA + "|" + EU),
                    of("Diplomats said the allies remained at odds over Moldova's EU membership bid."));
        }

        @Test
        void aBackedOffPositionIsLessSureThanAPhrasedOne() {
            Document d = annotate("Anna Berg said she was optimistic about Moldova's accession to the EU.", "2025-03-04", "Anna Berg");
            assertEquals(1, d.positions().size());
            assertTrue(d.positions().get(0).confidence() <= PositionAnnotator.BACK_OFF);
            assertTrue(PositionAnnotator.BACK_OFF < PositionAnnotator.STAND_IN - PositionAnnotator.IMPLIED_PENALTY);
        }

        @Test
        void noSignalOrAMereMentionStatesNothing() {
            assertEquals(List.of(), of("The summit in Chisinau will discuss Moldova's accession to the EU."));
            assertEquals(List.of(), of("Anna Berg said the talks did not touch on Moldova's accession to the EU."));
            assertEquals(List.of(), of("Sweden joined NATO in 2024 and Anna Berg said it was optimistic about its new role."));
            // An invitation to a meeting is no membership.
            assertEquals(List.of(), of("Anna Berg said Georgia's president should accept the invitation to attend the summit."));
        }

        @Test
        void aSecondClauseHoldingBackOnTheSameTopicIsReadToo() {
            assertEquals(List.of(BERG + "|NoTimeline|" + MOLDOVA + "|" + EU, BERG + "|SupportsMembership|" + MOLDOVA + "|" + EU),
                    of("Anna Berg said she was confident about Moldova's accession to the EU, but she would not say when the talks might end."));
            // Praise in another clause may be about anything: only the clause of the membership words gives support.
            assertEquals(List.of(BERG + "|NoTimeline|" + MOLDOVA + "|" + EU),
                    of("Anna Berg said there was still no deadline for Moldova's accession to the EU, but she welcomed the energy grant."));
        }

        @Test
        void aDeniedRefusalIsNoRefusalAndDeniedSupportOpposes() {
            assertEquals(List.of(BERG + "|IrreversiblePath|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said Georgia's accession to NATO was now irreversible and could not be blocked by any one capital."));
            assertEquals(List.of("country/hungary|Opposes|" + MOLDOVA + "|" + EU),
                    of("Hungary would not accept talk of Moldova's EU membership while the dispute lasted."));
        }

        @Test
        void aDemandForAnInvitationOutweighsTheWaitItRejects() {
            assertEquals(List.of(BERG + "|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said allies needed to agree on an invitation for Georgia to join NATO this year rather than wait."));
        }

        @Test
        void moreGeneralSignals() {
            // Aid first is caution; the future asserted is support; an invitation praised is a call.
            assertEquals(List.of(BERG + "|Cautious|" + MOLDOVA + "|" + EU),
                    of("Anna Berg said the first thing for Moldova was money for its grid, and accession to the EU came later."));
            assertEquals(List.of(BERG + "|SupportsMembership|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said that Georgia would one day sit as a member of NATO."));
            assertEquals(List.of(BERG + "|CallsForInvitation|" + GEORGIA + "|" + NATO),
                    of("Anna Berg said an invitation for Georgia to join NATO was the clearest message allies had."));
            assertEquals(List.of(BERG + "|NoTimeline|" + MOLDOVA + "|" + EU),
                    of("Anna Berg said it was uncertain when Moldova's accession to the EU could be completed."));
        }

        @Test
        void aPastAccessionIsHistory() {
            assertEquals(List.of(), of("Anna Berg said Finland, which joined NATO in 2023, was optimistic about its membership."));
        }

        @Test
        void theCandidateDoesNotDoubtItself() {
            assertEquals(List.of(), of("Georgia's accession to NATO was premature, according to the report."));
        }
    }

    /** Round seven: classes of the unseen set 215–222, tested on invented sentences (other actors, other wording). */
    @Nested
    class RoundSeven {
        private static final String BERG = "person/anna-berg";
        private static final String GEORGIA = "country/georgia";

        private List<String> of(String body, String... people) {
            return positions(annotate(body, "2025-02-12", people)).stream().sorted().toList();
        }

        private String position(String holder, String stance) {
            return holder + "|" + stance + "|" + GEORGIA + "|" + NATO;
        }

        @Test
        void anIrreversiblePathIsNotAlsoCountedAsSupport() {
            assertEquals(List.of(position("country/norway", "IrreversiblePath"), position(BERG, "NoTimeline")),
                    of("Norway continues to support Georgia's irreversible path to NATO membership, Anna Berg said,"
                            + " but she would not speculate on when an invitation might come.", "Anna Berg"));
        }

        @Test
        void aResolutionOrStatementSpeaksForWhoIssuedIt() {
            assertEquals(List.of(position("organisation/bundestag", "CallsForInvitation")),
                    of("In Berlin, the Bundestag on Friday passed a resolution urging allies to invite Georgia into NATO."));
            assertEquals(List.of(position("organisation/sejm", "IrreversiblePath")),
                    of("The Sejm adopted a statement reaffirming that Georgia's path to NATO is irreversible."));
        }

        @Test
        void aGovernmentLineBehindAnAsideOrADemonym() {
            assertEquals(List.of(position("country/portugal", "Cautious")),
                    of("Diplomats say Portugal, too, wants aid to come first and has not budged on Georgia's membership of NATO."));
            assertEquals(List.of(position("country/norway", "CallsForInvitation")),
                    of("Anna Berg, for her part, said Norway wanted Georgia to be invited to join the alliance soon.", "Anna Berg"));
            assertEquals(List.of(position("country/denmark", "IrreversiblePath")),
                    of("Anna Berg said the Danish government regarded Georgia's path to NATO as irreversible.", "Anna Berg"));
        }

        @Test
        void aQuestionOfWhenOrWhetherAssertsNothing() {
            assertEquals(List.of(position(NATO, "NoConsensus")),
                    of("Diplomats say there is still no common line among the allies on when, or whether, Georgia should receive an invitation to NATO."));
        }

        @Test
        void noPointInADateOrTheTimingLeftToOthersIsNoTimeline() {
            assertEquals(List.of(position("country/portugal", "NoTimeline"), position("country/portugal", "SupportsMembership")),
                    of("Portugal backs Georgia's eventual membership of NATO but sees no point in setting a date while the war goes on,"
                            + " Anna Berg said.", "Anna Berg"));
            assertEquals(List.of(position("country/austria", "NoTimeline"), position("country/belgium", "NoTimeline")),
                    of("Diplomats said Belgium and Austria preferred to leave the timing of any invitation for Georgia to NATO as a whole."));
        }

        @Test
        void notDrawnOnWhenWithAnAside() {
            assertEquals(List.of(position(BERG, "IrreversiblePath"), position(BERG, "NoTimeline")),
                    of("Anna Berg said Georgia's path to NATO was irreversible. She would not be drawn, however, on when Tbilisi could"
                            + " expect an invitation.", "Anna Berg"));
        }

        @Test
        void decliningToCommentOnMembershipIsCaution() {
            assertEquals(List.of(position(BERG, "Cautious")),
                    of("Anna Berg declined to comment on Georgia's membership of NATO on Monday.", "Anna Berg"));
        }

        @Test
        void aCountryAtWarThatCannotBecomeAMemberIsCaution() {
            Document d = annotate("Georgia applied for NATO membership in 2008. Anna Berg has said that a country at war cannot become"
                    + " a member of NATO.", "2025-02-12", "Anna Berg");
            assertEquals(List.of(BERG + "|Cautious"), positionsIn(d, "Anna Berg"));
        }

        @Test
        void aDeniedVetoOrAStepThatWouldMeanWarIsNoSuchStance() {
            assertEquals(List.of(position(BERG, "CallsForInvitation")),
                    of("Anna Berg told reporters that an invitation for Georgia would show Moscow that it has no veto over NATO.", "Anna Berg"));
            assertEquals(List.of(position(BERG, "Opposes")),
                    of("Anna Berg said she would block any invitation for Georgia, because bringing Georgia into NATO would mean war.",
                            "Anna Berg"));
        }

        @Test
        void theRightTimeIsNoTimeline() {
            assertEquals(List.of(position(BERG, "NoTimeline")),
                    of("Anna Berg said Georgia's membership of NATO would come in due course.", "Anna Berg"));
        }

        @Test
        void officialsDescribedByPostAndCountry() {
            // Without their roles in the document, the described officials stand for their countries.
            assertEquals(List.of(position("country/denmark", "CallsForInvitation"), position("country/norway", "CallsForInvitation")),
                    of("The foreign ministers of Norway and Denmark used a meeting in Oslo on Monday to call on NATO to invite Georgia."));
        }

        @Test
        void theCandidatesNeedStatedByAPersonIsThatPersonsPosition() {
            assertEquals(List.of(position(BERG, "CallsForInvitation")),
                    of("Anna Berg said that Georgia needs an invitation to NATO.", "Anna Berg"));
        }
    }

    /**
     * Round nine: general mechanisms read from the classes of blind4 (223–230), each tested on invented sentences with
     * other actors and other wording: whose view a reported clause gives, which organisation, stances without stock words.
     */
    @Nested
    class RoundNine {
        private static final String GEORGIA = "country/georgia";
        private static final String MOLDOVA = "country/moldova";

        private List<String> of(String body, String... people) {
            return positions(annotate(body, "2025-03-04", people)).stream().sorted().toList();
        }

        private static String position(String holder, String stance) {
            return holder + "|" + stance + "|" + GEORGIA + "|" + NATO;
        }

        @Test
        void aYesNoQuestionPutToTheSpeakerAssertsNothing() {
            // The question's "backed … bid" is nobody's support; the answer is read as usual.
            assertEquals(List.of(position("person/anna-berg", "Cautious")),
                    of("Asked whether Norway backed Georgia's bid to join NATO, Anna Berg replied that it was not for a small state"
                            + " to comment on the membership decisions of others.", "Anna Berg"));
            assertEquals(List.of("person/rui-costa|Cautious|" + MOLDOVA + "|" + EU),
                    of("Asked if Portugal would support Moldova's accession to the EU, Rui Costa said it was not for Lisbon to decide.",
                            "Rui Costa"));
            // "asked whether" is no demand for the invitation it mentions
            assertEquals(List.of(position("person/lars-holm", "Cautious")),
                    of("Asked twice whether Copenhagen would back an invitation for Georgia to join NATO, Lars Holm said Denmark would follow the"
                            + " consensus of the allies and declined to go further.", "Lars Holm"));
        }

        @Test
        void stayingOutOfTheQuestionIsCaution() {
            assertEquals(List.of(position("country/denmark", "Cautious"), position("country/norway", "Cautious")),
                    of("Norway and Denmark raised their grants this week, while making clear that their neutrality keeps them out of"
                            + " the debate over Georgia's future in NATO."));
            assertEquals(List.of("country/norway|Cautious|" + MOLDOVA + "|" + EU),
                    of("Moldova hopes to join the EU. Norway, which is not an EU member, does not take a position on who should join"
                            + " the bloc, a spokesperson for the foreign ministry said.").stream().filter(p -> p.startsWith("country/norway")).toList());
            assertEquals(List.of(position("person/lars-holm", "Cautious")),
                    of("When asked whether Denmark backed an invitation for Georgia to join NATO, Lars Holm declined to comment.", "Lars Holm"));
        }

        @Test
        void anInvitationNamedAsWhatIsWantedIsACall() {
            String beridze = "person/nino-beridze";
            assertEquals(List.of(position(beridze, "CallsForInvitation")),
                    of("\"Money helps Georgia. But the only real guarantee is an invitation to NATO, and we want it in Vilnius,\""
                            + " Nino Beridze said.", "Nino Beridze"));
            assertEquals(List.of(position(beridze, "CallsForInvitation")),
                    of("What would end the war for Georgia is an invitation to NATO, Nino Beridze told reporters.", "Nino Beridze"));
            assertEquals(List.of(position(beridze, "CallsForInvitation")),
                    of("Georgia expected an invitation to join NATO at the next summit, Nino Beridze said.", "Nino Beridze"));
            assertEquals(List.of(position(beridze, "CallsForInvitation")),
                    of("Nino Beridze said an invitation to join NATO remained Georgia's top priority.", "Nino Beridze"));
        }

        @Test
        void theViewAReportedClauseGivesIsItsSubjects() {
            assertEquals(List.of(position("country/norway", "IrreversiblePath"), position("country/norway", "NoTimeline")),
                    of("Rolf Haug, asked about the remarks, said only that Norway regarded Georgia's path to NATO membership as irreversible"
                            + " and that the timing was for all allies to decide together.", "Rolf Haug"));
            // A spokesman reporting his leader's belief: the leader's view and the government's line.
            assertEquals(List.of(position("country/netherlands", "Cautious"), position("person/dick-schoof", "Cautious")),
                    of("A spokeswoman for the Dutch government said Prime Minister Dick Schoof still believed NATO membership for Georgia"
                            + " could not be decided while the war continued.", "Dick Schoof"));
            assertEquals(List.of(position("country/united-kingdom", "NoTimeline"), position("country/united-kingdom", "SupportsMembership")),
                    of("Britain's position, set out by the Foreign Office in March, is that Georgia's future lies in NATO, but London"
                            + " has avoided naming a date."));
        }

        @Test
        void theCandidatesNeedReportedByANamedSpeakerIsTheSpeakers() {
            // also where the statements layer holds no words for the speech cue
            assertEquals(List.of(position("person/nika-melia", "CallsForInvitation")),
                    of("Nika Melia, the speaker of the parliament, told the assembly on Saturday that Georgia needed an invitation to"
                            + " join NATO not as a reward, but as a signal.", "Nika Melia"));
        }

        @Test
        void aLaterThatClauseAboutTheCountryAndCoordinatedOrganisations() {
            assertEquals(List.of("country/romania|SupportsMembership|" + GEORGIA + "|" + EU, position("country/romania", "SupportsMembership")),
                    of("Ion Sandu told parliament on Thursday that Romania could not stand aside, and that the country would keep"
                            + " backing Georgia's path towards NATO and the European Union.", "Ion Sandu"));
        }

        @Test
        void theUnionOrTheBlocIsTheEuTheArticleNames() {
            assertEquals(List.of("person/jan-kral|SupportsMembership|" + MOLDOVA + "|" + EU),
                    of("Moldova applied to join the European Union in 2022. \"We want Moldova in the Union, and we will work for it,\""
                            + " said Jan Kral.", "Jan Kral").stream().filter(p -> p.startsWith("person/jan-kral")).toList());
        }

        @Test
        void aRefusalBoundByAConditionIsCaution() {
            assertEquals(List.of("person/ana-vrabie|Cautious|" + MOLDOVA + "|" + EU),
                    of("Ana Vrabie said that Moldova would not join the European Union until its courts were reformed.", "Ana Vrabie"));
            assertEquals(List.of(position("person/lars-holm", "Cautious")),
                    of("Lars Holm said Georgia would not join NATO unless the border dispute was settled.", "Lars Holm"));
        }

        @Test
        void moreWaysOfSayingIt() {
            // backshift: the door "was open"; being open to an invitation is support, not a call; not belonging is opposition
            assertEquals(List.of(position("person/lars-holm", "NoTimeline"), position("person/lars-holm", "SupportsMembership")),
                    of("Lars Holm spoke about NATO in Oslo. He would not say when Georgia might be invited, only that the door was open and would"
                            + " stay open.", "Lars Holm"));
            assertEquals(List.of(position("country/france", "SupportsMembership")),
                    of("Pierre Lenoir said France was open to extending an invitation to Georgia to join NATO.", "Pierre Lenoir"));
            assertEquals(List.of(position("person/klaus-vidu", "Opposes")),
                    of("Klaus Vidu has repeatedly said that Georgia does not belong in NATO.", "Klaus Vidu"));
            // the fight first is aid first
            assertEquals(List.of(position("person/anna-berg", "Cautious"), position("person/anna-berg", "IrreversiblePath")),
                    of("Anna Berg said Georgia's path into NATO was irreversible, while stressing that the first task was to make sure"
                            + " it could keep defending itself.", "Anna Berg"));
        }

        @Test
        void aFreshCheckAfterTheRound() {
            // sentences written after the rules, to see them hold on other wording (the first two needed small fixes)
            assertEquals(List.of("country/spain|Cautious|" + MOLDOVA + "|" + EU),
                    of("Moldova wants to join the EU. Spain, which holds no veto over enlargement, has stayed out of the argument over"
                            + " Moldova's accession, a diplomat in Madrid said.").stream().filter(p -> p.startsWith("country/spain")).toList());
            assertEquals(List.of("person/ion-rusu|SupportsMembership|" + MOLDOVA + "|" + EU),
                    of("\"The one thing that would change Moldova's security is membership of the EU,\" Ion Rusu told reporters.",
                            "Ion Rusu"));
            assertEquals(List.of("country/italy|Cautious|" + MOLDOVA + "|" + EU, "person/giorgia-meloni|Cautious|" + MOLDOVA + "|" + EU),
                    of("A spokesperson for the Italian government said Prime Minister Giorgia Meloni regarded Moldova's path to the EU"
                            + " as a long-term project.", "Giorgia Meloni"));
        }

        @Test
        void aTopicOfTalkOrADeniedWaitStatesNothing() {
            assertEquals(List.of(), of("Ministers held a debate over Georgia's future in NATO on Friday."));
            assertEquals(List.of(position("person/anna-berg", "CallsForInvitation")),
                    of("Anna Berg said Georgia should be invited to join NATO now, and that she saw no reason for allies to wait.",
                            "Anna Berg"));
        }
    }
}
