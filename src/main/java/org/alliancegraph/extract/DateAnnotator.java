package org.alliancegraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.extract.TimeExpression.Granularity;

/**
 * Finds date phrases in content sentences and resolves them to calendar dates. Written-out dates
 * stand alone; everything else is resolved against the publication date: a missing year is the
 * one that agrees with a stated weekday, or the nearest; a bare weekday is the latest such day on
 * or before publication, or the next one when the verb governing it speaks of the future ("will meet … on
 * Thursday"; see {@link Tense}). Phrases it cannot resolve (no publication date) are left out rather than guessed.
 */
public final class DateAnnotator implements Annotator {
    private static final String WD = Dates.WEEKDAY;
    private static final String MON = Dates.MONTH;
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String TO = "\\s*(?:[-–—]|to|and)\\s*";
    private static final String FULL_MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private record Rule(Pattern pattern, BiFunction<Matcher, Context, Resolved> resolve) {}

    private record Resolved(LocalDate start, LocalDate end, Granularity granularity, boolean relative) {}

    /** {@code narrated}: the latest day the text before has spoken of, not after publication (or the publication date). */
    private record Context(LocalDate published, boolean future, LocalDate narrated) {}

    private final List<Rule> rules = List.of(
            // "on Tuesday and Wednesday of next week", "Friday of last week", "Monday next week": days of a named week
            new Rule(Pattern.compile("\\b(" + WD + ")(?:" + TO + "(" + WD + "))?\\s+(?:of\\s+)?(next|this|last)\\s+week\\b",
                    Pattern.CASE_INSENSITIVE),
                    (m, c) -> daysOfWeek(c, m.group(1), m.group(2), m.group(3))),
            // "Wednesday, the 16th of October", "17-18 October 2024", "3 October"
            new Rule(Pattern.compile("\\b(?:(" + WD + "),?\\s+)?(?:the\\s+)?" + DAY + "(?:" + TO + DAY + ")?\\s+(?:of\\s+)?("
                    + MON + ")\\.?(?:,?\\s+(\\d{4}))?\\b"),
                    (m, c) -> dayMonth(c, m.group(1), m.group(2), m.group(3), m.group(4), m.group(5))),
            // "Oct. 3, 2024", "October 17-18", "Tuesday, December 3"
            new Rule(Pattern.compile("\\b(?:(" + WD + "),?\\s+)?(" + MON + ")\\.?\\s+" + DAY + "(?:" + TO + DAY
                    + ")?(?:,?\\s+(\\d{4}))?(?![\\d,.]*\\d)"),
                    (m, c) -> dayMonth(c, m.group(1), m.group(3), m.group(4), m.group(2), m.group(5))),
            // "the first half of 2024", "the second half of the year"
            new Rule(Pattern.compile("\\b(?:the\\s+)?(first|second)\\s+half\\s+of\\s+(\\d{4}|the year|this year|next year)\\b",
                    Pattern.CASE_INSENSITIVE),
                    (m, c) -> half(c, m.group(1), m.group(2))),
            // "this summer", "next year", "last month", "earlier this week"
            new Rule(Pattern.compile("\\b(this|next|last)\\s+(year|month|week|spring|summer|autumn|fall|winter)\\b",
                    Pattern.CASE_INSENSITIVE),
                    (m, c) -> relativePeriod(c, m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT))),
            // "by the end of the year"
            new Rule(Pattern.compile("\\b(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+year\\b", Pattern.CASE_INSENSITIVE),
                    (m, c) -> c.published() == null ? null : day(LocalDate.of(c.published().getYear(), 12, 31), true)),
            // "in July", "in July 2024", "since March", "Since February 2022" (a preposition opening a sentence too)
            new Rule(Pattern.compile("\\b(?:(?i:in|since|by|until|from|during|of|early|late|mid)[\\s-]+)(" + FULL_MONTHS
                    + ")(?:\\s+(\\d{4}))?\\b"),
                    (m, c) -> month(c, m.group(1), m.group(2))),
            // "in 2022", "since 2014"
            new Rule(Pattern.compile("\\b(?i:in|since|by|until|from|during|for|of)\\s+((?:19|20)\\d{2})\\b(?![\\d,.]*\\d)"),
                    (m, c) -> year(Integer.parseInt(m.group(1)))),
            // "Thursday", "last Tuesday", "next Friday"
            new Rule(Pattern.compile("\\b(?:(last|next|this)\\s+)?(" + WD + ")\\b"),
                    (m, c) -> weekday(c, m.group(1), m.group(2))),
            // "The evening before, …", "a day later": the day before or after the one the story is at
            new Rule(Pattern.compile("\\b(?:the\\s+(?:day|evening|night|morning)\\s+(before|after)|the\\s+(previous|next|following)"
                    + "\\s+(?:day|evening|morning)|a\\s+day\\s+(earlier|later))\\b", Pattern.CASE_INSENSITIVE),
                    (m, c) -> c.narrated() == null ? null : day(c.narrated().plusDays(
                            m.group().toLowerCase(Locale.ROOT).matches(".*(before|previous|earlier)") ? -1 : 1), true)),
            // "three days ago", "a week ago"
            new Rule(Pattern.compile("\\b(a|one|two|three|four|five|six|\\d)\\s+(days?|weeks?)\\s+ago\\b", Pattern.CASE_INSENSITIVE),
                    (m, c) -> c.published() == null ? null : day(c.published().minusDays(
                            (long) Dates.smallNumber(m.group(1)) * (m.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7 : 1)), true)),
            new Rule(Pattern.compile("\\b(today|yesterday|tomorrow|later that day|earlier that day|(?:that|the)\\s+same\\s+day|earlier today|later today)\\b",
                    Pattern.CASE_INSENSITIVE),
                    (m, c) -> deictic(c, m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))));

    @Override
    public void annotate(Document document) {
        String text = document.text();
        LocalDate published = document.metadata().published();
        List<Quotes.Quote> quotes = Quotes.find(document);
        for (Sentence sentence : document.sentences()) {
            List<TimeExpression> found = new ArrayList<>();
            for (Rule rule : rules) {
                Matcher m = rule.pattern().matcher(text).region(sentence.span().begin(), sentence.span().end());
                while (m.find()) {
                    Span span = new Span(m.start(), m.end());
                    if (found.stream().anyMatch(t -> t.span().overlaps(span)))
                        continue; // earlier rules are the more specific ones
                    Context context = new Context(published, Tense.looksAhead(text, sentence.span(), span, quotes),
                            narrated(toldBefore(document.times(), found, span), published));
                    Resolved r = rule.resolve().apply(m, context);
                    if (r != null)
                        found.add(new TimeExpression(span, m.group(), r.start(), r.end(), r.granularity(), r.relative()));
                }
            }
            found.sort(Comparator.comparing(TimeExpression::span));
            document.times().addAll(found);
        }
    }

    /** The dates of the sentences before and those of this sentence before {@code span}, in text order. */
    private static List<TimeExpression> toldBefore(List<TimeExpression> earlierSentences, List<TimeExpression> thisSentence, Span span) {
        List<TimeExpression> out = new ArrayList<>(earlierSentences);
        thisSentence.stream().filter(t -> t.span().end() <= span.begin()).sorted(Comparator.comparing(TimeExpression::span)).forEach(out::add);
        return out;
    }

    private static LocalDate narrated(List<TimeExpression> earlier, LocalDate published) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            TimeExpression t = earlier.get(i);
            if (t.isDay() && (published == null || !t.start().isAfter(published)))
                return t.start();
        }
        return published;
    }

    private static Resolved day(LocalDate d, boolean relative) { return new Resolved(d, d, Granularity.DAY, relative); }

    private static Resolved dayMonth(Context c, String weekday, String day1, String day2, String monthName, String year) {
        int month = Dates.month(monthName);
        int d1 = Integer.parseInt(day1);
        int d2 = day2 == null ? d1 : Integer.parseInt(day2);
        if (d2 < d1)
            return null;
        Integer y = year != null ? Integer.valueOf(year) : inferYear(c, month, d1, weekday);
        if (y == null)
            return null;
        try {
            LocalDate start = LocalDate.of(y, month, d1);
            LocalDate end = LocalDate.of(y, month, d2);
            if (weekday != null && start.getDayOfWeek() != dayOfWeek(weekday) && year != null)
                return null; // "Tuesday, December 4, 2024" contradicts itself: leave it out
            return new Resolved(start, end, d1 == d2 ? Granularity.DAY : Granularity.DAYS, year == null);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The year of a month and day: the one matching the weekday if given, else the nearest to publication. */
    private static Integer inferYear(Context c, int month, int day, String weekday) {
        if (c.published() == null)
            return null;
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = c.published().getYear() - 1; y <= c.published().getYear() + 1; y++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(y, month, day);
            } catch (java.time.DateTimeException e) {
                continue;
            }
            if (weekday != null && candidate.getDayOfWeek() != dayOfWeek(weekday))
                continue;
            long distance = Math.abs(candidate.toEpochDay() - c.published().toEpochDay());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        return best;
    }

    private static Resolved half(Context c, String which, String of) {
        Integer year = yearOf(c, of);
        if (year == null)
            return null;
        boolean first = which.equalsIgnoreCase("first");
        return new Resolved(LocalDate.of(year, first ? 1 : 7, 1), first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31),
                Granularity.HALF, !of.matches("\\d{4}"));
    }

    private static Integer yearOf(Context c, String of) {
        if (of.matches("\\d{4}"))
            return Integer.valueOf(of);
        if (c.published() == null)
            return null;
        return c.published().getYear() + (of.toLowerCase(Locale.ROOT).startsWith("next") ? 1 : 0);
    }

    private static Resolved relativePeriod(Context c, String which, String unit) {
        if (c.published() == null)
            return null;
        int shift = switch (which) { case "next" -> 1; case "last" -> -1; default -> 0; };
        LocalDate p = c.published();
        return switch (unit) {
            case "year" -> new Resolved(LocalDate.of(p.getYear() + shift, 1, 1), LocalDate.of(p.getYear() + shift, 12, 31),
                    Granularity.YEAR, true);
            case "month" -> {
                YearMonth ym = YearMonth.from(p).plusMonths(shift);
                yield new Resolved(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, true);
            }
            case "week" -> { // Monday to Sunday
                LocalDate monday = p.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Resolved(monday, monday.plusDays(6), Granularity.WEEK, true);
            }
            default -> season(p, unit, which);
        };
    }

    /** Meteorological seasons of the northern hemisphere; "this summer" is the one of the publication year. */
    private static Resolved season(LocalDate p, String name, String which) {
        int startMonth = switch (name) { case "spring" -> 3; case "summer" -> 6; case "autumn", "fall" -> 9; default -> 12; };
        int year = p.getYear();
        LocalDate start = LocalDate.of(year, startMonth, 1);
        if (which.equals("next") && !start.isAfter(p))
            start = start.plusYears(1);
        if (which.equals("last") && !start.plusMonths(3).isBefore(p))
            start = start.minusYears(1);
        if (startMonth == 12 && which.equals("this") && p.getMonthValue() <= 2)
            start = start.minusYears(1); // "this winter" in January began last December
        return new Resolved(start, start.plusMonths(3).minusDays(1), Granularity.SEASON, true);
    }

    private static Resolved month(Context c, String monthName, String year) {
        int month = Month.valueOf(monthName.toUpperCase(Locale.ROOT)).getValue();
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (c.published() == null) {
            return null;
        } else {
            // A month without a year: the latest one not after publication, or the next one when the sentence looks ahead.
            y = c.published().getYear();
            if (c.future() ? month < c.published().getMonthValue() : month > c.published().getMonthValue())
                y += c.future() ? 1 : -1;
        }
        YearMonth ym = YearMonth.of(y, month);
        return new Resolved(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, year == null);
    }

    private static Resolved year(int y) {
        return new Resolved(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Granularity.YEAR, false);
    }

    private static Resolved weekday(Context c, String modifier, String weekday) {
        if (c.published() == null)
            return null;
        DayOfWeek dow = dayOfWeek(weekday);
        LocalDate p = c.published();
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        LocalDate d = switch (mod) {
            case "last" -> p.with(TemporalAdjusters.previous(dow));
            case "next" -> p.with(TemporalAdjusters.next(dow));
            default -> c.future() ? p.with(TemporalAdjusters.nextOrSame(dow)) : p.with(TemporalAdjusters.previousOrSame(dow));
        };
        return day(d, true);
    }

    /** Days of the week before, of or after the publication's week (weeks start on Monday). */
    private static Resolved daysOfWeek(Context c, String first, String last, String which) {
        if (c.published() == null)
            return null;
        int offset = switch (which.toLowerCase(Locale.ROOT)) {
            case "next" -> 1;
            case "last" -> -1;
            default -> 0;
        };
        LocalDate monday = c.published().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
        LocalDate start = monday.plusDays(dayOfWeek(first).getValue() - 1L);
        if (last == null)
            return day(start, true);
        LocalDate end = monday.plusDays(dayOfWeek(last).getValue() - 1L);
        return end.isAfter(start) ? new Resolved(start, end, Granularity.DAYS, true) : null;
    }

    private static Resolved deictic(Context c, String word) {
        if (c.published() == null)
            return null;
        return switch (word) {
            case "yesterday" -> day(c.published().minusDays(1), true);
            case "tomorrow" -> day(c.published().plusDays(1), true);
            // "later that day", "the same day": the day the story is at, told before (GUIDELINES §9)
            case "later that day", "earlier that day", "that same day", "the same day" -> day(c.narrated() != null ? c.narrated() : c.published(), true);
            default -> day(c.published(), true);
        };
    }

    private static DayOfWeek dayOfWeek(String name) { return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT)); }
}
