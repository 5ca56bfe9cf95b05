package org.alliancegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the known actors of the reference list in content sentences and resolves them: every alias
 * of an actor ("Zelensky", "Vladimir Zelenskyy", "the Alliance") becomes a mention of the one entity.
 * Overlapping candidates keep the longest ("NATO Headquarters" over "NATO").
 */
public final class MentionAnnotator implements Annotator {
    /** Confidence of a match of the curated list. */
    public static final double KNOWN_CONFIDENCE = 0.95;
    /** Surname-only or generic forms ("Rutte", "the Alliance") are a little less certain. */
    public static final double PARTIAL_CONFIDENCE = 0.85;

    private final ReferenceCatalog catalog;
    private final Pattern caseSensitive;
    private final Pattern caseInsensitive;

    public MentionAnnotator(ReferenceCatalog catalog) {
        this.catalog = catalog;
        List<String> acronyms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (KnownActor actor : catalog.actors())
            for (String alias : ReferenceCatalog.aliases(actor))
                (isAcronym(alias) ? acronyms : names).add(alias);
        this.caseSensitive = alternation(acronyms, 0);
        this.caseInsensitive = alternation(names, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** "NATO", "US", "U.S." must match as written: "us" is a pronoun. */
    static boolean isAcronym(String alias) {
        return alias.chars().anyMatch(Character::isLetter) && alias.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * One pattern for all aliases, longest first. The aliases are grouped by their first letter,
     * each group behind a one-character look-ahead: the matcher tries a few groups at each word
     * start instead of every alias (the same matches; regex alternation has no index of its own).
     */
    private static Pattern alternation(List<String> aliases, int flags) {
        List<String> sorted = new ArrayList<>(aliases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        Map<Integer, List<String>> byFirst = new LinkedHashMap<>();
        for (String alias : sorted)
            byFirst.computeIfAbsent(Character.toLowerCase(Character.toUpperCase(alias.codePointAt(0))), k -> new ArrayList<>())
                   .add(alias);
        StringJoiner groups = new StringJoiner("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])");
        for (List<String> group : byFirst.values()) {
            Set<Integer> firsts = new TreeSet<>();
            StringJoiner alternatives = new StringJoiner("|");
            for (String alias : group) {
                int first = alias.codePointAt(0);
                firsts.add(first);
                if (first == '\'')
                    firsts.add((int) '’');
                // Apostrophes match both ' and ’; white space matches any run of it.
                alternatives.add(Pattern.quote(alias).replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q"));
            }
            StringBuilder lookahead = new StringBuilder("(?=[");
            firsts.forEach(c -> lookahead.append("\\x{").append(Integer.toHexString(c)).append('}'));
            groups.add(lookahead + "])(?:" + alternatives + ")");
        }
        // No letter or digit after; an abbreviation's own full stop ("U.S.") is part of the alias.
        return Pattern.compile(groups.toString(), flags);
    }

    @Override
    public void annotate(Document document) {
        String text = document.text();
        for (Sentence sentence : document.sentences()) {
            List<Span> found = new ArrayList<>();
            collect(caseSensitive.matcher(text), sentence.span(), found);
            collect(caseInsensitive.matcher(text), sentence.span(), found);
            found.sort(Comparator.comparingInt(Span::length).reversed().thenComparing(Span::begin));
            List<Span> kept = new ArrayList<>();
            for (Span s : found)
                if (kept.stream().noneMatch(s::overlaps))
                    kept.add(s);
            kept.sort(Comparator.naturalOrder());
            for (Span span : kept) {
                String surface = span.of(text);
                KnownActor actor = catalog.byName(surface).orElseThrow();
                if (!capitalisedAsName(surface, actor) || isSurname(text, sentence.span(), span, actor))
                    continue;
                document.addEntity(actor.toEntity());
                boolean full = actor.label().equals(surface) || actor.altLabels().contains(surface);
                document.addMention(new Mention(span, surface, actor.key(), sentence.span(),
                        full ? KNOWN_CONFIDENCE : PARTIAL_CONFIDENCE));
            }
        }
    }

    private static final java.util.regex.Pattern GIVEN_NAME_BEFORE = java.util.regex.Pattern.compile("(?<![\\p{L}.])(\\p{Lu}\\p{Ll}+) $");
    private final java.util.Set<String> notGivenNames = new java.util.HashSet<>(Lexicon.words("name-stopwords.txt"));

    /**
     * "Prime Minister Luis Montenegro": a one-word country or place right after a capitalised word
     * that is no sentence opener, title, demonym or known name is a surname, not the country.
     */
    private boolean isSurname(String text, Span sentence, Span span, KnownActor actor) {
        if (actor.kind() == Entity.Kind.ORGANISATION || actor.kind() == Entity.Kind.PERSON || span.of(text).contains(" "))
            return false;
        java.util.regex.Matcher before = GIVEN_NAME_BEFORE.matcher(text).region(sentence.begin(), span.begin());
        if (!before.find())
            return false;
        String word = before.group(1);
        Titles titles = Titles.standard();
        // the given name starts the name: after a title ("Prime Minister Luis"), or at a clause start; not "Lena Hartmann Kyiv"
        String lead = text.substring(sentence.begin(), before.start(1)).stripTrailing();
        int space = lead.lastIndexOf(' ');
        String previous = lead.substring(space + 1);
        boolean starts = lead.isEmpty() || lead.matches("(?s).*[,(“\"‘—–:]") || titles.isTitleWord(previous);
        return starts && !notGivenNames.contains(word) && !titles.isTitleWord(word) && !titles.isDemonymWord(word)
                && catalog.byName(word).isEmpty() && !word.matches("Central|Greater|Mainland|Soviet|Occupied|Free|New|Old|Great|Team|Air|Radio");
    }

    /** A proper name matches only capitalised: "Turkey", not "turkey"; "the alliance" may be either. */
    private static boolean capitalisedAsName(String surface, KnownActor actor) {
        for (String alias : ReferenceCatalog.aliases(actor))
            if (ReferenceCatalog.normalise(alias).equals(ReferenceCatalog.normalise(surface)))
                return !Character.isUpperCase(alias.charAt(0)) || Character.isUpperCase(surface.charAt(0));
        return true;
    }

    private static void collect(Matcher m, Span within, List<Span> out) {
        m.region(within.begin(), within.end());
        m.useTransparentBounds(true);
        while (m.find())
            out.add(new Span(m.start(), m.end()));
    }
}
