package org.alliancegraph.extract;

import static org.alliancegraph.extract.PipelineFixtures.seed;
import static org.alliancegraph.extract.PipelineFixtures.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.alliancegraph.extract.Facts.EventType;

class EventAnnotatorTest {

    private static List<String> keys(Document d) { return d.events().stream().map(Facts.Event::key).toList(); }

    private static Facts.Event only(Document d) {
        assertEquals(1, d.events().size(), () -> keys(d).toString());
        return d.events().get(0);
    }

    private static Facts.Event event(Document d, String key) {
        return d.events().stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + keys(d)));
    }

    @Test
    void triggerWordsGiveTheType() {
        // Wednesday 16 October 2024
        Map<String, EventType> cases = Map.ofEntries(
                Map.entry("Leaders gathered at the summit in Vilnius on Tuesday.", EventType.Summit),
                Map.entry("A meeting of NATO defence ministers took place on Monday.", EventType.MinisterialMeeting),
                Map.entry("Japan attended the NATO Defence Ministers’ Meeting on Monday.", EventType.MinisterialMeeting),
                Map.entry("Rutte spoke ahead of the NATO defense ministerial on Monday.", EventType.MinisterialMeeting),
                Map.entry("Rutte met with Zelenskyy in Kyiv on Monday.", EventType.Meeting),
                Map.entry("Rutte visited Kyiv on Monday.", EventType.Visit),
                Map.entry("Rutte’s trip to Riga on Monday was short.", EventType.Visit),
                Map.entry("Rutte told a press conference on Monday that aid will come.", EventType.PressConference),
                Map.entry("Rutte gave a briefing on Monday.", EventType.Briefing),
                Map.entry("The minister spoke at a briefing with reporters on Monday.", EventType.PressConference),
                Map.entry("Rutte held talks with Zelenskyy on Monday.", EventType.Meeting),
                Map.entry("Defence ministers meet in Oslo on Monday.", EventType.MinisterialMeeting),
                Map.entry("NATO leaders meet in Vilnius on Monday.", EventType.Summit),
                Map.entry("Zelenskyy addressed the Verkhovna Rada on Monday.", EventType.Address),
                Map.entry("Zelenskyy gave a speech in Berlin on Monday.", EventType.Address));
        cases.forEach((sentence, type) -> assertEquals(type, only(standard("2024-10-16", sentence)).type(), sentence));
    }

    @Test
    void commonVerbsWithoutAnActorAreNoEvents() {
        Document d = standard("2024-10-16", """
                NATO will meet its 40 billion euro pledge on Monday. Allies must address the concerns on Tuesday.
                They are meeting their commitments this year. Free speech matters on Monday. Rutte did not visit on Monday.""");
        assertEquals(List.of(), keys(d));
    }

    @Test
    void datesComeFromTheTriggersClause() {
        Facts.Event e = only(standard("2024-10-16",
                "Japan, South Korea, Australia and New Zealand will attend the NATO Defence Ministers’ Meeting on Thursday and Friday."));
        assertEquals(LocalDate.of(2024, 10, 17), e.start());
        assertEquals(LocalDate.of(2024, 10, 18), e.end());
        assertEquals("Thursday and Friday", e.dateText());
        assertEquals(EventAnnotator.DATED_CONFIDENCE, e.confidence());

        // "since taking over … Tuesday" dates the take-over, not the trip: the trip takes the visit's date.
        Document d = standard("2024-10-03", """
                NATO’s new Secretary General Mark Rutte visited Ukraine Thursday. It was Rutte’s first trip since taking over the helm of NATO Tuesday.""");
        assertEquals(List.of("visit-2024-10-03"), keys(d));
    }

    @Test
    void aFrontedDateDatesTheSentence() {
        Facts.Event e = only(standard("2024-10-17", "On Thursday, NATO Secretary-General Mark Rutte addressed the alliance’s headquarters in Brussels."));
        assertEquals("address-2024-10-17-mark-rutte", e.key());
        assertEquals("place/nato-headquarters", e.locationKey());
        assertEquals(EventAnnotator.SENTENCE_DATED_CONFIDENCE, e.confidence());
        Document d = standard("2024-10-17", """
                A high-level decision was reached in July. At that time, allies stated it during a significant summit held in Washington.""");
        Facts.Event summit = only(d);
        assertEquals("summit-2024-washington-dc", summit.key());
        assertEquals(LocalDate.of(2024, 7, 1), summit.start(), "a month gives its first day");
        assertNull(summit.end(), "no end date for a period coarser than days");
        assertEquals("in July", summit.dateText());
    }

    @Test
    void theMostSpecificPlaceAndTheCityInTheKey() {
        Facts.Event e = only(standard("2024-10-16", "As reported, a meeting of NATO defense ministers is being held on October 17-18 at the NATO Headquarters."));
        assertEquals("place/nato-headquarters", e.locationKey());
        assertEquals("ministerialmeeting-2024-10-17-brussels", e.key());
        assertEquals("NATO defence ministers' meeting, Brussels, 17–18 October 2024", e.label());
        assertEquals(List.of("organisation/nato"), e.participantKeys());
    }

    @Test
    void participantsAreTheActorsOfTheEvent() {
        Facts.Event meeting = only(standard("2024-10-03",
                "NATO Secretary General Mark Rutte meets with with President Volodymyr Zelenskyy of Ukraine in Kyiv Oct. 3, 2024."));
        assertEquals(List.of("person/mark-rutte", "person/volodymyr-zelenskyy"), meeting.participantKeys(),
                "NATO and Ukraine only qualify the titles");
        assertEquals("Meeting of Mark Rutte and Volodymyr Zelenskyy, Kyiv, 3 October 2024", meeting.label());

        Facts.Event visit = only(standard("2024-10-03",
                "NATO’s new Secretary General Mark Rutte visited Ukraine Thursday pledging the alliance’s support against Russia."));
        assertEquals(List.of("person/mark-rutte", "country/ukraine"), visit.participantKeys());

        Facts.Event attended = only(standard("2024-10-16",
                "In a sign of change, Japan, South Korea, Australia and New Zealand will attend the NATO Defence Ministers’ Meeting on Thursday."));
        assertEquals(Set.of("organisation/nato", "country/japan", "country/south-korea", "country/australia", "country/new-zealand"),
                Set.copyOf(attended.participantKeys()));

        Facts.Event reported = only(standard("2024-10-16",
                "Politico reported that NATO chief Mark Rutte told at a press conference on Wednesday that Ukraine’s plan is noted."));
        assertEquals(List.of("person/mark-rutte"), reported.participantKeys(), "no news outlet, no possessor of another thing");

        Facts.Event spoken = only(standard("2024-06-14", "Speaking at a news conference in Kyiv on Monday, Zelenskyy said it was useful."));
        assertEquals(List.of("person/volodymyr-zelenskyy"), spoken.participantKeys(), "the subject of the main clause");
        assertEquals("pressconference-2024-06-10-volodymyr-zelenskyy", spoken.key());
        assertEquals("place/kyiv", spoken.locationKey());

        Facts.Event hosted = only(standard("2024-06-14", "President Joe Biden will host the summit in Washington on July 9-11, the White House said."));
        assertEquals(List.of("person/joe-biden"), hosted.participantKeys(), "actors after the clause are not the event's");
    }

    @Test
    void mentionsOfOneEventInADocumentMerge() {
        Document d = standard("2024-12-02", """
                NATO ministerial meeting to focus on aid.
                NATO is unlikely to respond at the meeting scheduled for Tuesday, December 3.
                In a letter ahead of the meeting, Sybiha argued for an invitation.
                There is no consensus to take such a step at the Brussels meeting of foreign ministers.
                A senior official said the meeting would focus on support.""");
        Facts.Event e = only(d);
        assertEquals("ministerialmeeting-2024-12-03-brussels", e.key());
        assertEquals(EventType.MinisterialMeeting, e.type());
        assertEquals("place/brussels", e.locationKey());
        assertEquals("NATO foreign ministers' meeting, Brussels, 3 December 2024", e.label());
        assertTrue(d.text(e.evidence()).contains("Tuesday, December 3"), "the evidence is the sentence that dates it");
    }

    @Test
    void aMentionWithoutADateJoinsTheDatedOneOfItsType() {
        Document d = standard("2024-10-03", """
                Rutte meets with President Volodymyr Zelenskyy of Ukraine in Kyiv Oct. 3, 2024.
                Rutte met with Ukraine President Volodymyr Zelenskyy in Kyiv and declared support.""");
        assertEquals(List.of("meeting-2024-10-03-kyiv"), keys(d));
    }

    @Test
    void undatedEventsAreDatedFromTheDocumentOrDropped() {
        // Same city, common participant: the date of the address.
        Document d = standard("2024-10-17", """
                On Thursday, Rutte addressed the alliance’s headquarters in Brussels.
                Rutte was in Brussels to chair a meeting of NATO defense ministers.""");
        Facts.Event ministerial = event(d, "ministerialmeeting-2024-10-17-brussels");
        assertEquals(EventAnnotator.ANCHORED_CONFIDENCE, ministerial.confidence());
        assertNull(ministerial.dateText());
        // A briefing reported in the past is the publication day's; a summit without a date is dropped.
        d = standard("2024-10-16", """
                A correspondent reported from Rutte’s briefing with journalists. Allies agreed during a Washington summit.""");
        assertEquals(List.of("pressconference-2024-10-16-mark-rutte"), keys(d));
        assertEquals(EventAnnotator.PUBLICATION_DATED_CONFIDENCE, d.events().get(0).confidence());
        // Without a publication date nothing can be dated.
        assertEquals(List.of(), keys(standard(null, "A correspondent reported from Rutte’s briefing with journalists.")));
        // A future press conference is not the publication day's.
        assertEquals(List.of(), keys(standard("2024-10-16", "Rutte will hold a press conference.")));
    }

    @Test
    void aPastEventWithoutItsOwnDateTakesTheDayOfItsSentence() {
        // Wednesday 20 November 2024
        Document d = standard("2024-11-20", """
                Finland will send more shells, its minister said in Riga on Tuesday after a meeting of Baltic defence ministers.""");
        Facts.Event e = only(d);
        assertEquals(LocalDate.of(2024, 11, 19), e.start());
        assertEquals("place/riga", e.locationKey());
        assertEquals(EventAnnotator.NEARBY_CONFIDENCE, e.confidence());
        // The day of the sentence before, and "the summit" in a quotation's second sentence.
        d = standard("2024-11-20", """
                The president spoke in Warsaw on Tuesday. "We are ready. We will stay," he told the summit.""");
        assertEquals(LocalDate.of(2024, 11, 19), only(d).start());
        assertEquals(EventType.Summit, only(d).type());
    }

    @Test
    void aDateOpeningALaterClauseDoesNotDateTheSentence() {
        Document d = standard("2024-11-20", """
                Aid will rise in 2025, the minister said after a meeting of defence ministers.""");
        assertEquals(List.of(), keys(d));
    }

    @Test
    void aPlaceStandingForItsGovernmentIsNoVenue() {
        Document d = standard("2025-06-10", """
                NATO leaders will meet in The Hague on June 24-25. Kyiv wants the summit to issue an invitation to Kyiv.""");
        assertEquals(List.of("summit-2025-the-hague"), keys(d));
    }

    @Test
    void meetingAgainElsewhereLaterIsAnotherMeeting() {
        Document d = standard("2024-11-20", """
                The minister spoke in Riga on Tuesday after a meeting of Baltic defence ministers.
                The ministers will meet again in Oslo in March.""");
        assertEquals(List.of("ministerialmeeting-2024-11-19-riga", "ministerialmeeting-2025-03-oslo"), keys(d));
    }

    @Test
    void anEventWithoutAPlaceTakesTheCityOfItsDay() {
        Document d = standard("2024-10-16", """
                Zelenskyy will meet EU leaders and NATO defence ministers in Brussels on Thursday.
                Japan will attend the NATO Defence Ministers’ Meeting on Thursday and Friday.""");
        assertEquals(List.of("meeting-2024-10-17-brussels", "ministerialmeeting-2024-10-17-brussels"), keys(d));
        assertEquals(List.of("person/volodymyr-zelenskyy", "organisation/european-union", "organisation/nato"),
                event(d, "meeting-2024-10-17-brussels").participantKeys());
        assertEquals("place/brussels", event(d, "ministerialmeeting-2024-10-17-brussels").locationKey());
    }

    @Test
    void theSameMeetingInThreeSeedsHasOneKey() {
        String key = "ministerialmeeting-2024-10-17-brussels";
        for (String seed : List.of("000", "002", "004")) {
            Facts.Event e = event(seed(seed), key);
            assertEquals(EventType.MinisterialMeeting, e.type(), seed);
            assertEquals(LocalDate.of(2024, 10, 17), e.start(), seed);
            assertTrue(e.participantKeys().contains("organisation/nato"), seed);
        }
        assertEquals(LocalDate.of(2024, 10, 18), event(seed("000"), key).end());
    }

    @Test
    void theSeedsGiveTheirEvents() {
        // 000 names the place of Rutte's press conference and 002 does not: one key, by the person who gives it.
        assertEquals(List.of("pressconference-2024-10-16-mark-rutte", "ministerialmeeting-2024-10-17-brussels"), keys(seed("000")));
        Document d001 = seed("001");
        assertEquals(List.of("meeting-2024-10-03-kyiv", "visit-2024-10-03-kyiv", "summit-2024-washington-dc"), keys(d001));
        assertEquals(List.of("person/mark-rutte", "country/ukraine"), event(d001, "visit-2024-10-03-kyiv").participantKeys());
        assertEquals(LocalDate.of(2024, 6, 1), event(d001, "summit-2024-washington-dc").start(), "\"this summer\"");
        assertEquals(List.of("pressconference-2024-10-16-mark-rutte", "meeting-2024-10-17-brussels", "ministerialmeeting-2024-10-17-brussels"),
                keys(seed("002")));
        assertEquals(List.of("ministerialmeeting-2024-12-03-brussels"), keys(seed("003")));
        Document d004 = seed("004");
        // "he would be speaking with … Zelenskyy later that day" is their planned conversation.
        // "Currently in Brussels, President Zelenskyy is …" is his visit.
        assertEquals(List.of("address-2024-10-17-mark-rutte", "meeting-2024-10-17", "summit-2024-washington-dc",
                "visit-2024-10-17-brussels", "ministerialmeeting-2024-10-17-brussels",
                "pressconference-2024-10-17-mark-rutte-volodymyr-zelenskyy"), keys(d004));
        assertTrue(event(d004, "meeting-2024-10-17").participantKeys().contains("person/volodymyr-zelenskyy"));
        assertEquals(Set.of("person/volodymyr-zelenskyy", "person/mark-rutte"),
                Set.copyOf(event(d004, "pressconference-2024-10-17-mark-rutte-volodymyr-zelenskyy").participantKeys()));
    }

    @Test
    void everyEventIsDatedWithinItsDocumentAndPointsToItsEntities() {
        for (Document d : PipelineFixtures.seeds())
            for (Facts.Event e : d.events()) {
                assertTrue(e.start() != null && (e.end() == null || !e.end().isBefore(e.start())), e.key());
                Set<String> keys = d.entities().keySet().stream().collect(Collectors.toSet());
                assertTrue(keys.containsAll(e.participantKeys()), e.key());
                assertTrue(e.locationKey() == null || keys.contains(e.locationKey()), e.key());
                assertTrue(d.sentences().stream().anyMatch(s -> s.span().equals(e.evidence())), e.key());
                assertTrue(e.label() != null && !e.label().isBlank(), e.key());
            }
    }

    @Test
    void placesKnowWhatTheyLieIn() {
        PlaceHierarchy places = PlaceHierarchy.load();
        assertTrue(places.within("place/nato-headquarters", "place/brussels"));
        assertEquals("place/brussels", places.city("place/nato-headquarters"));
        assertEquals("place/kyiv", places.city("place/kyiv"));
        assertEquals("place/unknown", places.city("place/unknown"));
    }

    // ---- round five ------------------------------------------------------------------------

    @Test
    void travellingSpeakingHostingAndBriefingAreEventsWithAnActorOrPlace() {
        // Wednesday 12 February 2025
        Facts.Event trip = only(standard("2025-02-12", "Minister Anna Berg will travel to Riga on Friday to sign the agreement."));
        assertEquals(EventType.Visit, trip.type());
        assertEquals(LocalDate.of(2025, 2, 14), trip.start());
        assertEquals("place/riga", trip.locationKey());
        Facts.Event call = only(standard("2025-02-12", "Rutte said he would be speaking with Polish President Andrzej Duda on Friday."));
        assertEquals(EventType.Meeting, call.type());
        assertTrue(call.participantKeys().contains("person/mark-rutte"), call.participantKeys().toString());
        assertEquals(EventType.Meeting, only(standard("2025-02-12", "On Monday, Rutte hosted Zelenskyy at his residence.")).type());
        assertEquals(EventType.Briefing, only(standard("2025-02-12", "On Monday, Rutte briefed the European Parliament on the plan.")).type());
        assertEquals(List.of(), keys(standard("2025-02-12", """
                Travel to Riga is slow on Monday. Rutte talked with reporters on Monday. The hosted event was dull on Monday.""")));
        // Who hosts a summit hosts no separate meeting.
        assertEquals(List.of(EventType.Summit), standard("2025-02-12", "On Monday, Lithuania hosted the NATO summit in Vilnius.")
                .events().stream().map(Facts.Event::type).toList());
    }

    @Test
    void aDemonymBeforeATitleDoesNotHideTheOneMet() {
        Facts.Event e = only(standard("2025-02-12", "Rutte spoke on Wednesday after meeting Polish President Andrzej Duda in Warsaw."));
        assertEquals(EventType.Meeting, e.type());
        assertEquals("place/warsaw", e.locationKey());
    }

    @Test
    void aPlaceInAnotherClauseOfTheSentenceIsTheEventsWhenItIsTheOnlyOne() {
        Document d = standard("2025-05-22", "In Riga, Minister Anna Berg briefed the European Parliament on Monday and said aid would rise.");
        assertEquals("place/riga", only(d).locationKey());
        // Two cities in the sentence: no guess.
        d = standard("2025-05-22", "In Riga, where the damage in Vilnius was discussed, Rutte gave a press conference on Monday.");
        assertNull(event(d, "pressconference-2025-05-19-mark-rutte").locationKey());
    }

    @Test
    void daysOfTalksRunUpToOrFromTheDayNamed() {
        // Wednesday 4 December 2024
        Facts.Event e = only(standard("2024-12-04", "NATO foreign ministers wrapped up two days of talks in Brussels on Wednesday."));
        assertEquals(LocalDate.of(2024, 12, 3), e.start());
        assertEquals(LocalDate.of(2024, 12, 4), e.end());
        e = only(standard("2024-12-04", "NATO foreign ministers will begin three days of talks in Brussels on Friday."));
        assertEquals(LocalDate.of(2024, 12, 6), e.start());
        assertEquals(LocalDate.of(2024, 12, 8), e.end());
    }

    @Test
    void anEventKnownToTheMonthIsNotDayPrecise() {
        Facts.Event summit = only(standard("2024-10-17", "Allies agreed at the NATO Summit in Washington this summer."));
        assertEquals(false, summit.dayPrecise());
        assertEquals(true, only(standard("2024-10-17", "Rutte visited Kyiv on Monday.")).dayPrecise());
    }

    @Test
    void ministersOrLeadersGatheringInAPlaceMeet() {
        // Friday 25 October 2024
        Facts.Event e = only(standard("2024-10-25", """
                Finance ministers of the G7 agreed in Washington on Friday on a loan. Officials spoke after the meeting."""));
        assertEquals(EventType.MinisterialMeeting, e.type());
        assertEquals("place/washington-dc", e.locationKey());
        assertEquals(EventType.Summit, only(standard("2024-10-25", "EU leaders gathered in Brussels on Friday.")).type());
        assertEquals(List.of(), keys(standard("2024-10-25", "Ministers agreed in principle on Friday.")));
    }

    @Test
    void aNationalOfficialInACityOtherThanHisCapitalIsOnAVisit() {
        // Thursday 17 October 2024
        Document d = standard("2024-10-17", """
                Ukrainian President Volodymyr Zelenskyy spoke on Wednesday. Currently in Brussels, President Zelenskyy is presenting his plan.""");
        Facts.Event visit = only(d);
        assertEquals(EventType.Visit, visit.type());
        assertEquals(LocalDate.of(2024, 10, 17), visit.start(), "present tense: the publication day");
        assertEquals(List.of("person/volodymyr-zelenskyy"), visit.participantKeys());
        assertEquals("place/brussels", visit.locationKey());
        // At home, or an official of an organisation (whose seat the text does not give): no visit.
        assertEquals(List.of(), keys(standard("2024-10-17", """
                Ukrainian President Volodymyr Zelenskyy spoke on Wednesday. Zelenskyy was in Kyiv on Wednesday.""")));
        assertEquals(List.of(), keys(standard("2024-10-17", """
                NATO Secretary General Mark Rutte spoke on Wednesday. Rutte was in Brussels on Wednesday.""")));
    }

    @Test
    void aPlannedTalkOrPressConferenceDoesNotTakeTheCityOfItsDay() {
        // Thursday 17 October 2024
        Document d = standard("2024-10-17", """
                On Thursday, Rutte chaired a meeting of NATO defence ministers in Brussels.
                Later on Thursday, Rutte will hold a press conference with Zelenskyy.""");
        assertEquals("place/brussels", event(d, "ministerialmeeting-2024-10-17-brussels").locationKey());
        assertNull(event(d, "pressconference-2024-10-17-mark-rutte-volodymyr-zelenskyy").locationKey());
        // A past one does.
        d = standard("2024-10-17", """
                On Thursday, Rutte chaired a meeting of NATO defence ministers in Brussels.
                Later on Thursday, Rutte held a press conference with Zelenskyy.""");
        assertEquals("place/brussels", event(d, "pressconference-2024-10-17-mark-rutte-volodymyr-zelenskyy").locationKey());
    }

    /** Round six: general ways news reports events, on invented sentences (GUIDELINES §5). */
    @org.junit.jupiter.api.Nested
    class RoundSix {
        // Friday 14 March 2025 unless stated

        @Test
        void conversationsAtADistanceAreMeetings() {
            Facts.Event call = only(standard("2025-03-14", "Dutch Prime Minister Dick Schoof held a phone call with Zelenskyy on Tuesday."));
            assertEquals(EventType.Meeting, call.type());
            assertEquals(LocalDate.of(2025, 3, 11), call.start());
            assertTrue(call.participantKeys().contains("person/volodymyr-zelenskyy"), call.participantKeys()::toString);
            Facts.Event phone = only(standard("2025-03-14", "Sybiha spoke by phone with Latvian Foreign Minister Baiba Braže on Wednesday."));
            assertEquals(EventType.Meeting, phone.type());
            assertEquals(LocalDate.of(2025, 3, 12), phone.start());
            assertEquals(EventType.Meeting, only(standard("2025-03-14",
                    "Rutte joined a video conference with Zelenskyy on Monday.")).type());
            // A call for something is no conversation; joining by video link is no event of its own.
            assertEquals(List.of(), keys(standard("2025-03-14", "Zelenskyy renewed his call for air defence on Monday.")));
        }

        @Test
        void sittingsOfNamedBodiesAndBodiesMeetingAmongThemselves() {
            Facts.Event session = only(standard("2025-03-14", "Sybiha will attend a session of the NATO-Ukraine Council on Tuesday."));
            assertEquals(EventType.Meeting, session.type());
            assertEquals(LocalDate.of(2025, 3, 18), session.start());
            assertTrue(session.participantKeys().contains("organisation/nato-ukraine-council"));
            Facts.Event virtual = only(standard("2025-03-14", "The Nordic Contact Group met by video link on Wednesday."));
            assertEquals(EventType.MinisterialMeeting, virtual.type(), "a contact group's meetings are ministerial");
            assertEquals(LocalDate.of(2025, 3, 12), virtual.start());
        }

        @Test
        void meetingThePressIsAPressConference() {
            Document d = standard("2025-03-14", "Rutte held talks with Zelenskyy in Lviv on Monday before the two men faced reporters.");
            assertEquals(Set.of(LocalDate.of(2025, 3, 10)), d.events().stream().map(Facts.Event::start).collect(Collectors.toSet()));
            assertEquals(Set.of(EventType.Meeting, EventType.PressConference),
                    d.events().stream().map(Facts.Event::type).collect(Collectors.toSet()));
            // "told reporters" alone is no event (GUIDELINES §5).
            assertEquals(List.of(), keys(standard("2025-03-14", "Rutte told reporters on Monday that aid would come.")));
        }

        @Test
        void discussingWithSomeoneOrPresentingToAnAudience() {
            Facts.Event talks = only(standard("2025-03-14", "Rutte discussed ammunition deliveries with Zelenskyy in Odesa on Wednesday."));
            assertEquals(EventType.Meeting, talks.type());
            assertEquals("place/odesa", talks.locationKey());
            assertEquals(Set.of("person/mark-rutte", "person/volodymyr-zelenskyy"), Set.copyOf(talks.participantKeys()),
                    "actors named in the topic take no part");
            Facts.Event presented = only(standard("2025-03-14", "Zelenskyy presented his reconstruction plan to the Verkhovna Rada on Tuesday."));
            assertEquals(EventType.Address, presented.type());
            assertEquals(LocalDate.of(2025, 3, 11), presented.start(), "a noun 'plan' does not make the sentence look ahead");
            // A place alone after "with" is a government, not a meeting partner.
            assertEquals(List.of(), keys(standard("2025-03-14", "The EU will discuss guarantees with Kyiv on Friday.")));
        }

        @Test
        void nounsAfterAdjectivesAndCompounds() {
            Facts.Event address = only(standard("2025-03-14", "In his nightly video address on Tuesday, Zelenskyy thanked Poland."));
            assertEquals(EventType.Address, address.type());
            assertEquals(List.of("person/volodymyr-zelenskyy"), address.participantKeys(), "the subject after an opening 'In his …'");
            Facts.Event meeting = only(standard("2025-03-14", "The Weimar-format meeting took place in Paris on Wednesday."));
            assertEquals(EventType.Meeting, meeting.type());
            assertEquals("place/paris", meeting.locationKey());
        }

        @Test
        void weeksAreCoarseDates() {
            Facts.Event e = only(standard("2025-03-14", "Nordic defence ministers met last week in Oslo."));
            assertEquals(EventType.MinisterialMeeting, e.type());
            assertEquals(LocalDate.of(2025, 3, 3), e.start());
            assertEquals(false, e.dayPrecise(), "a week gives no day (GUIDELINES §5)");
            assertEquals("place/oslo", e.locationKey());
            Facts.Event visit = only(standard("2025-03-14", "Zelenskyy will travel to Bucharest next week."));
            assertEquals(LocalDate.of(2025, 3, 17), visit.start());
            assertEquals(false, visit.dayPrecise());
        }

        @Test
        void oneVisitPerDestinationAndDay() {
            Document d = standard("2025-03-14", "Rutte visited Latvia on Monday (10 March 2025) and Estonia on Tuesday.");
            assertEquals(2, d.events().size(), () -> keys(d).toString());
            Facts.Event first = d.events().get(0), second = d.events().get(1);
            assertEquals(LocalDate.of(2025, 3, 10), first.start());
            assertTrue(first.participantKeys().contains("country/latvia") && !first.participantKeys().contains("country/estonia"));
            assertEquals(LocalDate.of(2025, 3, 11), second.start());
            assertTrue(second.participantKeys().contains("country/estonia"));
        }

        @Test
        void aVisitToACountryDatesWhatHappensInItsCapital() {
            Document d = standard("2025-03-14", """
                    Rutte visited Latvia on Monday and Estonia on Tuesday.
                    Rutte, who took office on 1 October 2024, held talks with Zelenskyy, in Tallinn.""");
            Facts.Event talks = d.events().stream().filter(e -> e.type() == EventType.Meeting).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2025, 3, 11), talks.start(), "the day of the visit to Estonia, not of the relative clause");
            assertEquals("place/tallinn", talks.locationKey(), "the place set off by a comma");
        }

        @Test
        void mentionsByOtherPeopleAreOtherEvents() {
            Document d = standard("2025-03-14", """
                    Zelenskyy gave a speech to the Verkhovna Rada on Wednesday.
                    Rutte, in a speech to NATO staff on Wednesday, praised the allies.""");
            assertEquals(2, d.events().size(), () -> keys(d).toString());
            assertTrue(d.events().stream().anyMatch(e -> e.participantKeys().contains("person/mark-rutte")
                    && !e.participantKeys().contains("person/volodymyr-zelenskyy")));
        }

        @Test
        void aDaysCityComesOnlyFromEventsSharingAParticipant() {
            Document d = standard("2025-03-14", """
                    On Monday, Rutte held a press conference at NATO Headquarters.
                    In his evening address on Monday, Zelenskyy thanked the allies.""");
            Facts.Event address = d.events().stream().filter(e -> e.type() == EventType.Address).findFirst().orElseThrow();
            assertNull(address.locationKey());
        }
    
        @Test
        void arrivingInACityIsAVisitByAPerson() {
            Document d = standard("2025-03-14", "Rutte arrived in Kharkiv on Tuesday for talks with Zelenskyy.");
            Facts.Event visit = d.events().stream().filter(e -> e.type() == EventType.Visit).findFirst().orElseThrow();
            assertEquals("place/kharkiv", visit.locationKey());
            Facts.Event talks = d.events().stream().filter(e -> e.type() == EventType.Meeting).findFirst().orElseThrow();
            assertTrue(talks.participantKeys().containsAll(List.of("person/mark-rutte", "person/volodymyr-zelenskyy")),
                    "the traveller takes part in the talks he came for");
            // Things arriving are no visit.
            assertEquals(List.of(), keys(standard("2025-03-14", "The first tanks would arrive in Poland next year.")));
        }

        @Test
        void talksBetweenAndAnOpeningPhraseOfTheSpeaker() {
            Facts.Event talks = only(standard("2025-03-14", "Talks between Sybiha and Rutte took place in Riga on Monday."));
            assertEquals(Set.of("person/andrii-sybiha", "person/mark-rutte"), Set.copyOf(talks.participantKeys()));
            Facts.Event address = only(standard("2025-03-14", "In a televised address on Sunday, Rutte urged allies to spend more."));
            assertEquals(List.of("person/mark-rutte"), address.participantKeys());
        }

        @Test
        void theDayBeforeADayOfTheSameSentence() {
            Facts.Event e = only(standard("2025-03-14", "Zelenskyy said on Monday that he had met Rutte in Lviv the day before."));
            assertEquals(LocalDate.of(2025, 3, 9), e.start());
        }
    
        @Test
        void gatheringsSittingsAndWeekdayPossessives() {
            Facts.Event ramstein = only(standard("2025-03-14", "Defence ministers of forty nations gathered at Ramstein Air Base on Tuesday."));
            assertEquals(EventType.MinisterialMeeting, ramstein.type());
            assertEquals("place/ramstein-air-base", ramstein.locationKey());
            Facts.Event talks = only(standard("2025-03-14", "Wednesday's talks in Tallinn went well, officials said."));
            assertEquals(LocalDate.of(2025, 3, 12), talks.start());
            assertEquals("place/tallinn", talks.locationKey());
            Facts.Event chaired = only(standard("2025-03-14", "Rutte chaired the NATO-Ukraine Council on Thursday."));
            assertEquals(EventType.Meeting, chaired.type());
            assertTrue(chaired.participantKeys().contains("organisation/nato-ukraine-council"));
            Facts.Event call = only(standard("2025-03-14", "Rutte and Sybiha had a telephone conversation on Tuesday."));
            assertEquals(Set.of("person/mark-rutte", "person/andrii-sybiha"), Set.copyOf(call.participantKeys()));
        }

        @Test
        void groupsOfOfficialsMetInAPlace() {
            Document d = standard("2025-03-14", "Zelenskyy flew to Riga on Monday, where he met the leaders of the Baltic states.");
            assertEquals(Set.of("visit-2025-03-10-riga", "meeting-2025-03-10-riga"), Set.copyOf(keys(d)), "the place before 'where'");
            Facts.Event planned = only(standard("2025-03-14", "Rutte is to discuss the plan with the leaders of Nordic countries in Oslo next week."));
            assertEquals("place/oslo", planned.locationKey());
            assertEquals(false, planned.dayPrecise());
        }
    
        @Test
        void conferencesAndTheirLength() {
            Facts.Event donors = only(standard("2025-03-14", "Donors pledged more at a conference in Lisbon on Tuesday."));
            assertEquals(EventType.Meeting, donors.type());
            assertEquals("place/lisbon", donors.locationKey());
            assertEquals(List.of(), keys(standard("2025-03-14", "Rutte waited in the conference room on Monday.")));
            Facts.Event visit = only(standard("2025-03-14", "Zelenskyy began a two-day visit to Prague on Monday."));
            assertEquals(LocalDate.of(2025, 3, 10), visit.start());
            assertEquals(LocalDate.of(2025, 3, 11), visit.end());
            assertEquals(List.of("person/volodymyr-zelenskyy"), visit.participantKeys(), "the subject of 'began a visit'");
        }

        @Test
        void daysAgo() {
            assertEquals(LocalDate.of(2025, 3, 11), only(standard("2025-03-14", "Rutte visited Lviv three days ago.")).start());
            assertEquals(LocalDate.of(2025, 3, 7), only(standard("2025-03-14", "Rutte visited Lviv a week ago.")).start());
        }
    
        @Test
        void aDeadlineIsNoDayForAnUndatedEvent() {
            // The summit has no date of its own: "by the end of the year" in the sentence before does not give it one.
            assertEquals(List.of(), keys(standard("2025-03-14", """
                    Allies must agree by the end of the year. No decision is expected before the summit in Vilnius.""")));
        }
    }

    /** Round seven: classes of the unseen set 215–222, tested on invented sentences (Friday 14 March 2025 unless stated). */
    @org.junit.jupiter.api.Nested
    class RoundSeven {
        @Test
        void aTwoDayEventThatEndedOnADayBeganTheDayBefore() {
            Facts.Event after = only(standard("2025-03-14",
                    "Latvia will send more drones, its minister told reporters on Thursday as a two-day meeting of NATO defence ministers"
                            + " ended in Brussels."));
            assertEquals(LocalDate.of(2025, 3, 12), after.start());
            assertEquals(LocalDate.of(2025, 3, 13), after.end());
            Facts.Event before = only(standard("2025-03-14", "Nordic leaders wrapped up a two-day summit in Oslo on Thursday."));
            assertEquals(LocalDate.of(2025, 3, 12), before.start());
            assertEquals(LocalDate.of(2025, 3, 13), before.end());
        }

        @Test
        void laterThatDayIsTheDayToldBefore() {
            Document d = standard("2025-03-14", "Dutch Defence Minister Ruben Brekelmans visited Odesa on Tuesday."
                    + " At a joint press conference in Odesa later that day, Brekelmans said more drones would come.");
            assertEquals(Set.of(LocalDate.of(2025, 3, 11)), d.events().stream().map(Facts.Event::start).collect(Collectors.toSet()));
        }

        @Test
        void speakingToAConferenceIsAnAddressAndToACommitteeABriefing() {
            Facts.Event address = only(standard("2025-03-14", "Rutte told a conference in Vienna on Wednesday that aid came first."));
            assertEquals(EventType.Address, address.type());
            assertEquals(LocalDate.of(2025, 3, 12), address.start());
            Facts.Event briefing = only(standard("2025-03-14",
                    "Deputy Defence Minister Petra Novak told a parliamentary budget committee in Ljubljana on Tuesday that the fund would grow."));
            assertEquals(EventType.Briefing, briefing.type());
            assertEquals("place/ljubljana", briefing.locationKey());
        }

        @Test
        void aSigningCeremonyAndACallToSomeoneByPhoneAreMeetings() {
            Facts.Event ceremony = only(standard("2025-03-14", "The grant was announced at a signing ceremony in Kyiv on Monday."));
            assertEquals(EventType.Meeting, ceremony.type());
            assertEquals(LocalDate.of(2025, 3, 10), ceremony.start());
            Facts.Event call = only(standard("2025-03-14", "Sybiha, who spoke to Rutte by phone on Wednesday, welcomed the decision."));
            assertEquals(EventType.Meeting, call.type());
            assertEquals(LocalDate.of(2025, 3, 12), call.start());
        }

        @Test
        void theNextSummitIsNotDatedByAPastDayOfItsSentence() {
            assertEquals(List.of(), keys(standard("2025-03-14",
                    "In Riga, the Saeima on Thursday adopted a resolution calling on allies to invite Ukraine at the next summit.")));
        }

        @Test
        void aQuotedFutureDoesNotMakeAPastMentionLookAhead() {
            Document d = standard("2025-03-14", "Nordic leaders wrapped up a two-day summit in Oslo on Thursday."
                    + " Zelenskyy urged them to act before the alliance's next summit."
                    + " \u201cWe will pay more later,\u201d said Anna Berg on the sidelines of the summit on Wednesday.");
            assertEquals(1, d.events().stream().filter(e -> e.type() == EventType.Summit).count(), () -> keys(d).toString());
        }
    }


    /** Round nine: how English news says that a body sat, that ministers gather, that someone spoke to parliament. */
    @org.junit.jupiter.api.Nested
    class RoundNine {
        @Test
        void aBodyThatMetOnStatedDaysHeldAMeeting() {
            Facts.Event session = only(standard("2025-03-10", "The Benelux Parliament met from Thursday to Saturday at the Egmont Palace in Brussels."));
            assertEquals(EventType.Meeting, session.type());
            assertEquals(LocalDate.of(2025, 3, 6), session.start());
            assertEquals(LocalDate.of(2025, 3, 8), session.end());
            assertEquals(LocalDate.of(2025, 3, 10), only(standard("2025-03-10",
                    "The Nordic Council of Ministers met on Monday in Copenhagen and approved the fund.")).start());
        }

        @Test
        void ministersInARelativeClauseMeetAmongThemselves() {
            Facts.Event ministerial = only(standard("2025-03-12",
                    "The plan now goes to finance ministers, who meet in Brussels on Tuesday and Wednesday of next week."));
            assertEquals(EventType.MinisterialMeeting, ministerial.type());
            assertEquals(LocalDate.of(2025, 3, 18), ministerial.start());
            assertEquals(LocalDate.of(2025, 3, 19), ministerial.end());
            assertEquals(EventType.Summit, only(standard("2025-03-12",
                    "The text will be put to EU leaders, who meet in Brussels on Thursday.")).type());
        }

        @Test
        void sittingDownWithAGroupIsAMeetingDatedFromTheDayItFollows() {
            Facts.Event ministerial = only(standard("2025-03-14", "Seoul announced the grant in Busan on Wednesday, a day before NATO defence"
                    + " ministers sat down with Indo-Pacific partners in Brussels."));
            assertEquals(EventType.MinisterialMeeting, ministerial.type());
            assertEquals(LocalDate.of(2025, 3, 13), ministerial.start());
            assertEquals("place/brussels", ministerial.locationKey());
            Facts.Event talks = only(standard("2025-03-14", "Premier Kristen Michal sat down with Chancellor Olaf Scholz in Berlin on Tuesday."));
            assertEquals(EventType.Meeting, talks.type());
            assertEquals(LocalDate.of(2025, 3, 11), talks.start());
        }

        @Test
        void speakingToParliamentIsAnAddressButAnMpInTheDebateIsNot() {
            Facts.Event toParliament = only(standard("2025-03-14", "Prime Minister Kristen Michal told parliament on Wednesday that aid would continue."));
            assertEquals(EventType.Address, toParliament.type());
            assertEquals(LocalDate.of(2025, 3, 12), toParliament.start());
            assertEquals(EventType.Address, only(standard("2025-03-14",
                    "Chancellor Olaf Scholz told the Bundestag on Thursday that Germany would send more shells.")).type());
            assertEquals(List.of(), keys(standard("2025-03-14",
                    "\u201cWe cannot wait,\u201d the MP who drafted the motion told the chamber on Tuesday.")));
        }
    }
}
