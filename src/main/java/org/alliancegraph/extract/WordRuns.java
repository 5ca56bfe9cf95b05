package org.alliancegraph.extract;

import java.util.Set;

/**
 * Cheap tests run before an expensive regular expression, in one pass over a region: whether it
 * holds a word from a set. A word here is a maximal run of letters, digits and '_' inside the
 * region, which is exactly what {@code \b} delimits in a pattern matched over that region; so when
 * these say no, a pattern that needs such a word cannot match either.
 */
final class WordRuns {
    private WordRuns() {}

    /** Some word of the region is one of {@code words}. */
    static boolean anyWordIn(String text, Span region, Set<String> words) {
        return scan(text, region, words, false);
    }

    /** Some word of the region ends with one of {@code endings} ("SubCommittee" ends with "Committee"). */
    static boolean anyWordEndingIn(String text, Span region, Set<String> endings) {
        return scan(text, region, endings, true);
    }

    private static boolean scan(String text, Span region, Set<String> words, boolean suffixes) {
        int i = region.begin(), end = region.end();
        while (i < end) {
            while (i < end && !isWordChar(text.charAt(i)))
                i++;
            int start = i;
            while (i < end && isWordChar(text.charAt(i)))
                i++;
            if (start < i && (suffixes ? endsWithOne(text, start, i, words) : words.contains(text.substring(start, i))))
                return true;
        }
        return false;
    }

    private static boolean endsWithOne(String text, int start, int end, Set<String> endings) {
        for (int s = start; s < end; s++)
            if (endings.contains(text.substring(s, end)))
                return true;
        return false;
    }

    private static boolean isWordChar(char c) { return Character.isLetterOrDigit(c) || c == '_'; }
}
