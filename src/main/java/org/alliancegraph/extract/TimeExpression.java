package org.alliancegraph.extract;

import java.time.LocalDate;

/**
 * A date phrase resolved to calendar dates: a day ("Oct. 3, 2024", "Thursday"), a range
 * ("October 17-18"), or a period ("last week", "the first half of 2024", "next year").
 *
 * @param phrase the words as written, kept for {@code ag:dateText}
 * @param start  first day covered
 * @param end    last day covered (equal to start for a single day)
 * @param relative true when resolved against the publication date rather than written in full
 */
public record TimeExpression(Span span, String phrase, LocalDate start, LocalDate end, Granularity granularity,
                             boolean relative) {
    public enum Granularity { DAY, DAYS, WEEK, MONTH, SEASON, HALF, YEAR }

    public boolean isDay() { return granularity == Granularity.DAY; }
}
