package org.alliancegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date phrase is spoken of as ahead of the writer ("will travel to Kyiv on Friday",
 * "ministers meet in Brussels on Thursday") or behind ("said on Monday", "was presented on
 * Tuesday"). The verb that governs the phrase decides, not the sentence as a whole: in "On
 * Tuesday, Rutte said NATO will …" the date goes with "said". Quoted words never count; they are
 * someone else's tense.
 * <p>
 * The governing verb is approximated without a parser: the nearest tense cue to the left of the
 * phrase within its clause (no comma, semicolon, colon or dash in between), else the nearest to the
 * right within the clause, else the nearest anywhere in the sentence.
 */
final class Tense {
    private static final Pattern CUE = Pattern.compile(
            // future: auxiliaries, schedules, and present-tense verbs of scheduled events ("ministers meet on Thursday")
            "(?<future>\\b(?:will|shall|won't|'ll|is to|are to|scheduled|upcoming|due to|is due|are due|set to|going to"
                    + "|expected to|plans? to|planned|intends? to|meet|meets|gather|gathers|convene|convenes|travels|arrives|opens|begins"
                    // a change of office in the present tense is scheduled: "who take office on Sunday"
                    + "|takes? office|takes? over)\\b)"
                    + "|(?<past>\\b(?:said|told|was|were|had|did|met|spoke|took|gave|made|went|came|held|began|left|sent|saw"
                    + "|won|led|wrote|became|paid|kept|flew|stood|brought|sought|got|lost|been|ago|\\p{L}{3,}ed)\\b)"
                    + "|(?<boundary>[,;:—–]|\\s-\\s)",
            Pattern.CASE_INSENSITIVE);
    /** Words in -ed that are not past verbs, or not past in meaning. */
    private static final Set<String> NOT_PAST = Set.of("need", "speed", "proceed", "exceed", "succeed", "indeed", "united",
            "armoured", "armored", "based", "related", "advanced", "detailed", "limited", "hundred", "embed", "breed",
            "alleged", "so-called", "expected", "scheduled", "planned", "seed", "feed", "bed", "shed", "red");

    /** A determiner right before "plan(s)": "his plan", "the plans", "Kyiv's plan". */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)\\b(?:the|a|an|his|her|its|their|our|this|that|whose|[\\p{L}-]+['’]s)\\s+$");
    /** A determiner and one singular word before "plan": "his peace plan", "a new plan" (not "the ministers plan to"). */
    private static final Pattern DETERMINER_WORD_BEFORE = Pattern.compile(
            "(?i)\\b(?:the|a|an|his|her|its|their|our|this|that|whose|[\\p{L}-]+['’]s)\\s+[\\p{L}-]*[^\\P{L}s]\\s+$");

    private record Cue(int begin, int end, Kind kind) {}

    private enum Kind { FUTURE, PAST, BOUNDARY }

    private Tense() {}

    /**
     * True when the verb governing {@code phrase} (inside {@code sentence}) speaks of the future.
     * {@code quotes} are the document's quotations; words inside them are ignored.
     */
    static boolean looksAhead(String text, Span sentence, Span phrase, List<Quotes.Quote> quotes) {
        List<Cue> cues = cues(text, sentence, phrase, quotes);
        Cue left = nearest(cues, phrase, true), right = nearest(cues, phrase, false);
        if (left != null && !clauseBreakBetween(cues, left.end, phrase.begin()))
            return left.kind == Kind.FUTURE;
        if (right != null && !clauseBreakBetween(cues, phrase.end(), right.begin))
            return right.kind == Kind.FUTURE;
        if (left == null && right == null)
            return false;
        if (left == null || right == null)
            return (left == null ? right : left).kind == Kind.FUTURE;
        return (phrase.begin() - left.end <= right.begin - phrase.end() ? left : right).kind == Kind.FUTURE;
    }

    private static List<Cue> cues(String text, Span sentence, Span phrase, List<Quotes.Quote> quotes) {
        List<Cue> cues = new ArrayList<>();
        Matcher m = CUE.matcher(text).region(sentence.begin(), sentence.end());
        while (m.find()) {
            if (phrase.overlaps(new Span(m.start(), m.end())) || Quotes.enclosing(quotes, m.start()) != null)
                continue;
            Kind kind = m.group("future") != null ? Kind.FUTURE : m.group("past") != null ? Kind.PAST : Kind.BOUNDARY;
            if (kind == Kind.PAST && NOT_PAST.contains(m.group().toLowerCase(Locale.ROOT)))
                continue;
            if (kind == Kind.FUTURE && isInfinitive(text, m.start()) && !m.group().contains(" "))
                continue; // "flew to Kyiv to meet Zelenskyy": not a finite verb
            if (kind == Kind.FUTURE && isNounPlan(text, m.start()))
                continue; // "presented his peace plan to the parliament": a noun, not "plans to"
            cues.add(new Cue(m.start(), m.end(), kind));
        }
        return cues;
    }

    /** "his plan to", "the Victory Plan to": "plan" after a determiner or capitalised is a noun. */
    private static boolean isNounPlan(String text, int wordStart) {
        if (!text.regionMatches(true, wordStart, "plan", 0, 4))
            return false;
        if (Character.isUpperCase(text.charAt(wordStart)))
            return true;
        String before = text.substring(Math.max(0, wordStart - 40), wordStart);
        boolean plural = text.regionMatches(true, wordStart, "plans", 0, 5);
        return DETERMINER_BEFORE.matcher(before).find() || !plural && DETERMINER_WORD_BEFORE.matcher(before).find();
    }

    private static boolean isInfinitive(String text, int wordStart) {
        int i = wordStart;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1)))
            i--;
        return i >= 2 && text.regionMatches(true, i - 2, "to", 0, 2) && (i == 2 || !Character.isLetter(text.charAt(i - 3)));
    }

    private static Cue nearest(List<Cue> cues, Span phrase, boolean toLeft) {
        Cue best = null;
        for (Cue c : cues) {
            if (c.kind == Kind.BOUNDARY)
                continue;
            if (toLeft && c.end <= phrase.begin())
                best = c; // cues are in text order: the last one to the left is the nearest
            if (!toLeft && c.begin >= phrase.end())
                return c;
        }
        return best;
    }

    private static boolean clauseBreakBetween(List<Cue> cues, int from, int to) {
        return cues.stream().anyMatch(c -> c.kind == Kind.BOUNDARY && c.begin >= from && c.end <= to);
    }
}
