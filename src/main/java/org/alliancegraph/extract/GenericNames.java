package org.alliancegraph.extract;

import java.util.Arrays;
import java.util.Set;

/**
 * Whether a name shaped like an organisation's is only a generic description: portfolio words,
 * demonyms and a head that every government has ("Foreign Ministry", "Russian Defence Ministry",
 * "Ministry of Defence"). A council or committee so named is one body ("Supreme Council of National
 * Defence"). Shared by the annotators that find organisations outside the reference list.
 */
final class GenericNames {
    /** Heads of bodies that a country has one of under its own name, unlike a ministry or an army. */
    private static final Set<String> SPECIFIC_HEADS = Set.of("Council", "Committee", "Commission", "Assembly", "Court", "Agency", "Fund",
            "Group", "Union", "Coalition", "Foundation", "Institute", "University", "Association", "Alliance");

    private final Titles titles;
    private final Set<String> organisationHeads = Lexicon.words("organisation-heads.txt");
    private final Set<String> portfolioWords = Lexicon.words("portfolio-words.txt");

    GenericNames(Titles titles) { this.titles = titles; }

    boolean isGeneric(String name) {
        String[] words = name.split("\\s+|-");
        if (Arrays.stream(words).anyMatch(SPECIFIC_HEADS::contains))
            return false;
        for (String word : words)
            if (!portfolioWords.contains(word) && !organisationHeads.contains(word) && !titles.isDemonymWord(word)
                    && !word.equals("of") && !word.equals("the") && !titles.isTitleWord(word))
                return false;
        return true;
    }
}
