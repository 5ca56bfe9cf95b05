package org.alliancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateAnnotatorTest {

    /** "phrase=start..end" for every date phrase of a body published on {@code published}. */
    private static List<String> dates(String published, String body) {
        Document d = AnnotatorFixtures.document("Headline\n" + body);
        if (published != null)
            d.metadata().setPublished(LocalDate.parse(published), false);
        AnnotatorFixtures.run(d, new ZoneAnnotator(), new SentenceAnnotator(), new DateAnnotator());
        return d.times().stream().map(t -> t.phrase() + "=" + t.start() + (t.end().equals(t.start()) ? "" : ".." + t.end())).toList();
    }

    @Test
    void writtenOutDates() {
        assertEquals(List.of("Oct. 3, 2024=2024-10-03"), dates(null, "Rutte met Zelenskyy in Kyiv Oct. 3, 2024."));
        assertEquals(List.of("3 October 2024=2024-10-03"), dates(null, "They met on 3 October 2024."));
        assertEquals(List.of("in 2022=2022-01-01..2022-12-31"), dates(null, "The invasion began in 2022."));
    }

    @Test
    void missingYearsAgreeWithWeekdayOrPublication() {
        assertEquals(List.of("October 17-18=2024-10-17..2024-10-18"),
                dates("2024-10-16", "A meeting is being held on October 17-18 at the headquarters."));
        assertEquals(List.of("Tuesday, December 3=2024-12-03"),
                dates("2024-12-02", "The meeting is scheduled for Tuesday, December 3."));
        assertEquals(List.of("Wednesday, the 16th of October=2024-10-16"),
                dates("2024-10-16", "He spoke at a press conference on Wednesday, the 16th of October."));
        // Published in January: "December 20" is last month, not next December.
        assertEquals(List.of("December 20=2024-12-20"), dates("2025-01-05", "Aid arrived on December 20."));
    }

    @Test
    void weekdaysLookBackUnlessTheSentenceLooksAhead() {
        // Thursday 3 October 2024
        assertEquals(List.of("Thursday=2024-10-03"), dates("2024-10-03", "Rutte visited Ukraine Thursday."));
        assertEquals(List.of("Tuesday=2024-10-01"), dates("2024-10-03", "He took over the helm of NATO Tuesday."));
        // Wednesday 16 October 2024
        assertEquals(List.of("Thursday=2024-10-17"), dates("2024-10-16", "Zelenskyy will meet EU leaders in Brussels on Thursday."));
        assertEquals(List.of("Thursday=2024-10-17", "Friday=2024-10-18"),
                dates("2024-10-16", "Japan will attend the meeting on Thursday and Friday."));
        assertEquals(List.of("last Friday=2024-10-11"), dates("2024-10-16", "It was agreed last Friday."));
    }

    @Test
    void daysOfANamedWeek() {
        // Wednesday 12 March 2025: next week runs from Monday 17 March
        assertEquals(List.of("Tuesday and Wednesday of next week=2025-03-18..2025-03-19"),
                dates("2025-03-12", "The envoys meet again on Tuesday and Wednesday of next week."));
        assertEquals(List.of("Friday of last week=2025-03-07"), dates("2025-03-12", "The loan was signed on Friday of last week."));
        assertEquals(List.of("Monday next week=2025-03-17"), dates("2025-03-12", "Talks resume Monday next week in Oslo."));
    }

    @Test
    void theVerbGoverningTheWeekdayDecidesNotTheSentence() {
        // Wednesday 4 December 2024
        assertEquals(List.of("Tuesday=2024-12-03"),
                dates("2024-12-04", "On Tuesday, the minister said the alliance will send more air defence."));
        assertEquals(List.of("next spring=2025-03-01..2025-05-31", "Monday=2024-12-02"),
                dates("2024-12-04", "The fund will grow next spring, the finance minister told reporters on Monday."));
        assertEquals(List.of("Friday=2024-12-06"),
                dates("2024-12-04", "The envoy will travel to Warsaw on Friday, her office said."));
        assertEquals(List.of("Monday=2024-12-02"),
                dates("2024-12-04", "The envoy flew to Warsaw to meet the president on Monday."));
        // Present tense of a scheduled gathering looks ahead.
        assertEquals(List.of("Thursday=2024-12-05"), dates("2024-12-04", "Defence ministers meet in Oslo on Thursday."));
    }

    @Test
    void quotedWordsDoNotSetTheTense() {
        assertEquals(List.of("Monday=2024-12-02"),
                dates("2024-12-04", "\"We will not stop,\" the mayor said on Monday."));
        assertEquals(List.of("Monday=2024-12-02"),
                dates("2024-12-04", "On Monday the mayor said \"we will rebuild the bridge\"."));
    }

    @Test
    void periods() {
        assertEquals(List.of("next year=2025-01-01..2025-12-31"), dates("2024-10-16", "Allies will allocate EUR 40 billion next year."));
        assertEquals(List.of("the first half of 2024=2024-01-01..2024-06-30"),
                dates("2024-10-16", "Allies gave EUR 20.9 billion in the first half of 2024."));
        assertEquals(List.of("this summer=2024-06-01..2024-08-31"), dates("2024-10-03", "Allies agreed at the summit this summer."));
        assertEquals(List.of("in July=2024-07-01..2024-07-31"), dates("2024-10-17", "A decision was reached in July."));
        assertEquals(List.of("the end of the year=2024-12-31"), dates("2024-10-16", "They are on track by the end of the year."));
    }

    @Test
    void relativePhrasesNeedAPublicationDate() {
        assertEquals(List.of(), dates(null, "He will come on Thursday, next year."));
    }

    @Test
    void impossibleDatesAreLeftOut() {
        assertEquals(List.of(), dates(null, "Nothing happened on February 30, 2024."));
        assertEquals(List.of(), dates(null, "Tuesday, December 4, 2024 is a contradiction."));
    }

    @Test
    void weeksRunFromMondayToSunday() {
        // Friday 14 March 2025
        assertEquals(List.of("last week=2025-03-03..2025-03-09"), dates("2025-03-14", "The ministers met last week."));
        assertEquals(List.of("this week=2025-03-10..2025-03-16"), dates("2025-03-14", "Talks were held earlier this week."));
        assertEquals(List.of("next week=2025-03-17..2025-03-23"), dates("2025-03-14", "She will fly to Riga next week."));
    }

    @Test
    void aPlanIsANounUnlessASubjectPlansTo() {
        // Friday 14 March 2025: the noun "plan" does not make a weekday look ahead, the verb does.
        assertEquals(List.of("Tuesday=2025-03-11"), dates("2025-03-14", "The premier presented his peace plan to MPs on Tuesday."));
        assertEquals(List.of("Tuesday=2025-03-11"), dates("2025-03-14", "She sent the Recovery Plan to the council on Tuesday."));
        assertEquals(List.of("Tuesday=2025-03-18"), dates("2025-03-14", "The ministers plan to meet in Riga on Tuesday."));
    }
}
