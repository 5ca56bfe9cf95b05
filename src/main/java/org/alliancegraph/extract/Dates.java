package org.alliancegraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Month names and full calendar dates as written in English news ("Oct. 3, 2024", "3 October 2024"). */
public final class Dates {
    /** Regex alternation of month names and their abbreviations, longest first. */
    public static final String MONTH =
            "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

    /** Regex alternation of the weekday names. */
    public static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH + ")\\.?,?\\s+(\\d{4})\\b");

    /** "20.12.2024", "20/12/2024": day first, as in most of Europe, unless only month first makes a date. */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2((?:19|20)\\d{2})\\b");

    private Dates() {}

    /** A full date found in text, with the span of the phrase. */
    public record Found(Span span, LocalDate date) {}

    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    /** "a", "one" … "ten" or digits as a number ("three days ago", "a two-day visit", "over the next three years"). */
    public static int smallNumber(String word) {
        Integer n = SMALL_NUMBERS.get(word.toLowerCase(Locale.ROOT));
        return n != null ? n : Integer.parseInt(word);
    }

    /** Month number (1–12) of a month name or abbreviation. */
    public static int month(String name) {
        Integer m = MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
        if (m == null)
            throw new IllegalArgumentException("not a month: " + name);
        return m;
    }

    /** Every full date (day, month and year all written) in the text, in order. */
    public static List<Found> fullDates(String text) {
        List<Found> found = new ArrayList<>();
        collect(MONTH_DAY_YEAR.matcher(text), 2, 1, 3, found);
        collect(DAY_MONTH_YEAR.matcher(text), 1, 2, 3, found);
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3)), year = Integer.parseInt(m.group(4));
            LocalDate date = date(year, b, a);
            if (date == null)
                date = date(year, a, b);
            if (date != null)
                found.add(new Found(new Span(m.start(), m.end()), date));
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void collect(Matcher m, int dayGroup, int monthGroup, int yearGroup, List<Found> out) {
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(yearGroup)), month(m.group(monthGroup)),
                        Integer.parseInt(m.group(dayGroup)));
                out.add(new Found(new Span(m.start(), m.end()), date));
            } catch (DateTimeException | NumberFormatException e) {
                // "February 30, 2024" is not a date: skip it rather than guess.
            }
        }
    }
}
