package org.alliancegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs quotation marks inside the content zones: curly double quotes (“…”), straight double
 * quotes ("…") and curly single quotes (‘…’). A quotation never crosses a zone (a line), but may
 * span sentences. A right single quote is only a closing mark when no letter follows it, so the
 * apostrophes of "Ukraine’s" or "won’t" never close a quotation; single quotes inside double
 * quotes are not paired (they are nested or apostrophes, as in “(allies’) determination”).
 */
final class Quotes {
    /**
     * One quotation.
     *
     * @param outer the quotation with its marks
     * @param inner the words between the marks
     */
    record Quote(Span outer, Span inner) {
        /** Number of words between the marks: scare quotes ("victory plan") have one to three. */
        int words(String text) { return wordCount(text, inner); }
    }

    private static final String OPEN_CONTEXT = "([{—–-:/";
    private static final Pattern WORD = Pattern.compile("\\S+");

    private Quotes() {}

    /** The number of white-space separated words in the span. */
    static int wordCount(String text, Span span) {
        Matcher m = WORD.matcher(text).region(span.begin(), span.end());
        int n = 0;
        while (m.find())
            n++;
        return n;
    }

    /** Every quotation of the document's content zones, in text order. */
    static List<Quote> find(Document document) {
        List<Quote> quotes = new ArrayList<>();
        for (Zone zone : document.zones())
            if (zone.kind().isContent())
                scan(document.text(), zone.span(), quotes);
        return quotes;
    }

    /** The quotation whose marks enclose {@code index}, if any. */
    static Quote enclosing(List<Quote> quotes, int index) {
        for (Quote q : quotes)
            if (q.outer().begin() <= index && index < q.outer().end())
                return q;
        return null;
    }

    /**
     * Where a clause ends at the comma at {@code i}: at the comma when it is outside quotations,
     * after the closing mark when the comma closes a quotation (“decisive,” asserting …), or -1
     * for a comma inside a quotation, which belongs to the quoted words.
     */
    static int clauseBreak(List<Quote> quotes, int i) {
        Quote q = enclosing(quotes, i);
        if (q == null)
            return i;
        return q.inner().end() == i + 1 ? q.outer().end() : -1;
    }

    private static void scan(String text, Span zone, List<Quote> out) {
        int i = zone.begin();
        while (i < zone.end()) {
            int close = closing(text, i, zone);
            if (close > i) {
                out.add(new Quote(new Span(i, close + 1), new Span(i + 1, close)));
                i = close + 1;
            } else {
                i++;
            }
        }
    }

    /** The index of the mark closing a quotation opened at {@code i}, or -1 if none opens there. */
    private static int closing(String text, int i, Span zone) {
        char c = text.charAt(i);
        if (c == '“')
            return indexOf(text, '”', i + 1, zone.end());
        if (c == '"' && opensAt(text, i, zone))
            return indexOf(text, '"', i + 1, zone.end());
        if (c == '‘' && opensAt(text, i, zone))
            return singleClose(text, i + 1, zone.end());
        return -1;
    }

    /** A straight or single quote opens a quotation at the start of a zone or after space or an opening bracket/dash. */
    private static boolean opensAt(String text, int i, Span zone) {
        if (i == zone.begin())
            return true;
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || OPEN_CONTEXT.indexOf(before) >= 0;
    }

    private static int singleClose(String text, int from, int end) {
        for (int j = from; j < end; j++) {
            char c = text.charAt(j);
            if (c == '“' || c == '"')
                return -1; // a double quote inside: not a single-quoted quotation
            boolean letterAfter = j + 1 < end && Character.isLetter(text.charAt(j + 1));
            if (c == '’' && !letterAfter && j > from && !Character.isWhitespace(text.charAt(j - 1)))
                return j;
        }
        return -1;
    }

    private static int indexOf(String text, char c, int from, int end) {
        int j = text.indexOf(c, from);
        return j >= 0 && j < end ? j : -1;
    }
}
