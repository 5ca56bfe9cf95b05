package org.alliancegraph.extract;

import java.util.Set;

/**
 * Splits content zones into sentences. A full stop ends a sentence unless it closes an
 * abbreviation ("Oct.", "U.S.", "Mr.") or an initial; quotes and brackets after the stop stay
 * with the sentence, and the next sentence must start like one (capital, digit, quote).
 */
public final class SentenceAnnotator implements Annotator {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
            "rep", "sen", "gov", "pres", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "approx", "est", "fig", "dept", "univ");
    private static final String CLOSERS = "\"”’')]";
    private static final String OPENERS = "\"“‘'([";

    @Override
    public void annotate(Document document) {
        String text = document.text();
        for (Zone zone : document.zones()) {
            if (!zone.kind().isContent())
                continue;
            split(text, zone, document);
        }
    }

    private static void split(String text, Zone zone, Document document) {
        int start = zone.span().begin();
        int end = zone.span().end();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < end && CLOSERS.indexOf(text.charAt(j)) >= 0) j++;
                int k = j;
                while (k < end && Character.isWhitespace(text.charAt(k))) k++;
                boolean atZoneEnd = k >= end;
                if (!atZoneEnd && k > j && startsSentence(text.charAt(k))
                        && !(c == '.' && isAbbreviation(text, start, i) && !endsAnyway(text, start, i, k))) {
                    add(document, text, zone, start, j);
                    start = k;
                    i = k;
                    continue;
                }
            }
            i++;
        }
        add(document, text, zone, start, end);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    /** The word before the full stop at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int lineStart, int dot) {
        int w = dot;
        while (w > lineStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        String word = text.substring(w, dot);
        if (word.isEmpty())
            return false;
        if (word.contains("."))
            return true; // U.S. / U.K. / e.g.
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
            return true; // an initial: "J. Smith"
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * After an abbreviation or a capital with a full stop the sentence still ends when a quotation
     * opens next, or when the capital follows a lower-case word: "in a post on X. “We …", "on X. He".
     * An initial stands after a name or at a name's start ("J. Smith", "said Anna K. Berg").
     */
    private static boolean endsAnyway(String text, int lineStart, int dot, int next) {
        if ("\"“‘".indexOf(text.charAt(next)) >= 0)
            return true;
        int w = dot;
        while (w > lineStart && Character.isLetter(text.charAt(w - 1))) w--;
        if (dot - w != 1 || w - 1 <= lineStart || text.charAt(w - 1) != ' ')
            return false;
        int p = w - 1;
        while (p > lineStart && Character.isLetter(text.charAt(p - 1))) p--;
        String before = text.substring(p, w - 1);
        return !before.isEmpty() && before.chars().allMatch(Character::isLowerCase) && !before.equals("and");
    }

    private static void add(Document document, String text, Zone zone, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > begin)
            document.sentences().add(new Sentence(document.sentences().size(), new Span(begin, end), zone.kind()));
    }
}
