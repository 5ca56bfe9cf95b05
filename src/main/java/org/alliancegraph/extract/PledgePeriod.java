package org.alliancegraph.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a pledge covers, read from the clause that states it (GUIDELINES §6): "for 2025" or
 * "next year" is the calendar year, "for 2025 and 2026" both, "over the next three years" runs from
 * publication to the day before the third anniversary, "for 2024-2027" the four years; "since March 2023" and "starting next month"
 * give only a start, "by the end of March" or "until 2028" only an end. "Earlier this month" says when something
 * happened, not what period the aid covers; a single day or a season is no period.
 */
final class PledgePeriod {
    static final LocalDate[] NONE = {null, null};

    private static final Pattern COMING = Pattern.compile("(?i)\\b(?:over|during|in|within|for)\\s+the\\s+(?:next|coming)\\s+"
            + "(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\\s+(years|months)\\b");
    private static final Pattern HAPPENED = Pattern.compile("(?i)\\b(?:earlier|later)\\s+$");
    private static final Pattern UNTIL = Pattern.compile("(?i)\\b(?:by|before|until|till)\\s+(?:the\\s+end\\s+)?$");
    private static final Pattern UNTIL_PHRASE = Pattern.compile("(?i)^(?:by|before|until|till)\\b");
    private static final Pattern END_OF = Pattern.compile("(?i)^(?:the\\s+)?end\\s+of\\b");
    private static final Pattern FROM = Pattern.compile("(?i)\\b(?:since|from|starting|beginning|as\\s+of)\\s+$");
    private static final Pattern FROM_PHRASE = Pattern.compile("(?i)^(?:since|from)\\b");
    private static final Pattern AND_YEAR = Pattern.compile("^(?:\\s+and\\s+|\\s*(?:[-–]|to)\\s*)((?:19|20)\\d{2})\\b");

    private PledgePeriod() {}

    /** {start, end}; either may be null. */
    static LocalDate[] of(Document d, Span clause) {
        String text = d.text();
        LocalDate published = d.metadata().published();
        Matcher coming = COMING.matcher(text).region(clause.begin(), clause.end());
        if (published != null && coming.find()) {
            int count = Dates.smallNumber(coming.group(1));
            LocalDate after = coming.group(2).equalsIgnoreCase("years") ? published.plusYears(count) : published.plusMonths(count);
            return new LocalDate[] {published, after.minusDays(1)};
        }
        for (TimeExpression t : d.timesIn(clause)) {
            String before = text.substring(Math.max(clause.begin(), t.span().begin() - 30), t.span().begin());
            String phrase = t.phrase();
            if (HAPPENED.matcher(before).find())
                continue;
            if ((UNTIL.matcher(before).find() || UNTIL_PHRASE.matcher(phrase).find()) && (!t.isDay() || END_OF.matcher(phrase).find()))
                return new LocalDate[] {null, t.end()};
            if (t.isDay() || t.granularity() == TimeExpression.Granularity.SEASON || t.granularity() == TimeExpression.Granularity.WEEK)
                continue;
            if (FROM.matcher(before).find() || FROM_PHRASE.matcher(phrase).find())
                return new LocalDate[] {t.start(), null};
            Matcher andYear = AND_YEAR.matcher(text).region(t.span().end(), clause.end());
            if (t.granularity() == TimeExpression.Granularity.YEAR && andYear.lookingAt())
                return new LocalDate[] {t.start(), LocalDate.of(Integer.parseInt(andYear.group(1)), 12, 31)};
            return new LocalDate[] {t.start(), t.end()};
        }
        return NONE;
    }
}
