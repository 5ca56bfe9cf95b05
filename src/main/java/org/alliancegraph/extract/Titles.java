package org.alliancegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of titles before names, shared by {@link CueEntityAnnotator} (a title is a cue for a
 * person) and {@link RoleAnnotator} (a title is a post): "[NATO’s | Ukrainian] [new | former]
 * [Deputy] Foreign Minister NAME". The words themselves are data in {@code /lexicon/}: titles,
 * demonyms and informal post names ("NATO chief").
 */
final class Titles {
    /** A title as it names a post; {@code post} is null for forms of address and ranks ("Mr", "General"). */
    record Post(String post, boolean defaultsToOrganisation, boolean defaultsToParliament) {
        Post(String post, boolean defaultsToOrganisation) { this(post, defaultsToOrganisation, false); }

        boolean isPost() { return post != null; }
    }

    /** Words before a title that say when the post was held; they are not part of the post. */
    static final String TENURE = "(?:new|newly[\\s-]+appointed|incoming|acting|interim|current|outgoing|former|ex-|then-)";
    /** "former", "outgoing": the text speaks of a holder who is leaving or has left. */
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:former|outgoing|ex-|then-)");
    private static final String RANK = "(?:first[\\s-]+deputy|principal[\\s-]+deputy|deputy|vice|assistant|associate|parliamentary|special)";
    /** Titles of people posted somewhere, and where: "ambassador to NATO", "envoy to the United States". */
    static final Pattern ENVOY = Pattern.compile("(?i)ambassador|envoy|representative");
    /** Group "in": "ambassador in Bern" says where the post is held, not which post (no part of the label). */
    static final Pattern POSTED_TO = Pattern.compile("\\s+(?:to|for|(?<in>in))\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}");
    private static final Pattern NATIONAL = Pattern.compile("\\b(?:ministry|presidential)\\b");
    /** Words that stay lower case inside a post written out: "State Secretary for Defence". */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "the", "and", "to");

    private static Titles standard;

    private final Map<String, Post> posts = new HashMap<>();
    /** Head words of composed titles, longest first ("state secretary" before "secretary"). */
    private final List<String> heads = new ArrayList<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, Map<String, String>> synonyms = new HashMap<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> demonymWords = new HashSet<>();
    private final Pattern titlePattern;
    private final Pattern demonymPattern;
    private final Pattern synonymPattern;
    /** Forms of address and ranks that name no post ("General", "Dr"): they may stand before a name. */
    private final Pattern addressPattern;
    /** After an organisation: "[’s] [new] TITLE " up to where the person's name would start. */
    private final Pattern postAfterOrganisation;

    private Titles() {
        List<String> titles = new ArrayList<>();
        for (List<String> row : Lexicon.table("titles.tsv", 3)) {
            String title = normalise(row.get(0));
            titles.add(title);
            posts.put(title, new Post(row.get(1).equals("-") ? null : row.get(1), row.get(2).equals("organisation"),
                    row.get(2).equals("parliament")));
            titleWords.addAll(List.of(title.split(" ")));
        }
        titleWords.addAll(List.of("deputy", "vice", "assistant", "first", "associate", "principal", "parliamentary", "special"));
        for (String head : Lexicon.words("title-heads.txt")) {
            heads.add(normalise(head));
            titleWords.addAll(List.of(normalise(head).split(" ")));
        }
        heads.sort(Comparator.comparingInt(String::length).reversed());
        List<String> portfolios = Lexicon.words("portfolios.txt").stream().map(Titles::normalise).toList();
        for (List<String> row : Lexicon.table("demonyms.tsv", 2)) {
            demonyms.put(row.get(0), row.get(1));
            demonymWords.addAll(List.of(row.get(0).split(" ")));
        }
        for (List<String> row : Lexicon.table("post-synonyms.tsv", 3))
            synonyms.computeIfAbsent(row.get(0), k -> new HashMap<>()).put(row.get(1).toLowerCase(Locale.ROOT), row.get(2));

        this.titlePattern = Pattern.compile("(?<![\\p{L}-])(?i:(?:(?<rank>" + RANK + "(?:[\\s-]+" + RANK + ")?)[\\s-]+)?(?<title>"
                + composed(portfolios, heads) + "|" + alternation(titles, true) + "))\\.?(?![\\p{L}-])");
        List<String> addresses = titles.stream().filter(title -> !posts.get(title).isPost()).toList();
        this.addressPattern = Pattern.compile("(?i:" + alternation(addresses, true) + ")\\.?");
        this.demonymPattern = Pattern.compile("(?<![\\p{L}])(?:" + alternation(demonyms.keySet(), false) + ")(?![\\p{L}])");
        Set<String> synonymWords = new HashSet<>();
        synonyms.values().forEach(m -> synonymWords.addAll(m.keySet()));
        this.synonymPattern = Pattern.compile("(?<![\\p{L}])(?i:" + alternation(synonymWords, false) + ")(?![\\p{L}])");
        this.postAfterOrganisation = Pattern.compile("(?:['’]s|(?<=s)['’])?\\s+(?:(?i:" + TENURE + ")\\s*)*(?:"
                + titlePattern.pattern() + "|" + synonymPattern.pattern() + ")\\s+");
    }

    /**
     * Portfolio and head in either order: "Energy Minister", "Armed Forces Minister", "State
     * Secretary for Defence", "Minister of National Defence", "Under Secretary of Defense for
     * Policy". Up to three portfolios ("Foreign Affairs and Trade"), each a fixed phrase, so a title
     * matches in few ways only.
     */
    private static String composed(List<String> portfolios, List<String> heads) {
        String portfolio = "(?:" + alternation(portfolios, true) + ")";
        String head = "(?:" + alternation(heads, true) + ")";
        String sep = "[\\s-]+";
        String one = "(?:of|for)" + sep + "(?:the" + sep + ")?" + portfolio + "(?:,?" + sep + "(?:and" + sep + ")?" + portfolio + "){0,2}";
        // "Under Secretary of Defense for Policy": a department, then a field within it
        String complement = one + "(?:" + sep + one + ")?";
        return portfolio + "(?:" + sep + portfolio + "){0,2}" + sep + head
                + "|" + head + sep + complement
                // "State Secretary to the Minister for Defence": an aide's title names the minister served
                + "|" + head + sep + "to" + sep + "the" + sep + "(?:minister|prime" + sep + "minister|president)(?:" + sep + complement + ")?";
    }

    /** The tables shipped in the jar, read once. */
    static synchronized Titles standard() {
        if (standard == null)
            standard = new Titles();
        return standard;
    }

    /** Longest first, so "secretary general" wins over "general"; a space also matches a hyphen. */
    private static String alternation(java.util.Collection<String> words, boolean spacesMatchHyphens) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> quoted = new ArrayList<>();
        for (String w : sorted)
            quoted.add(Pattern.quote(w).replace(" ", spacesMatchHyphens ? "\\E[\\s-]+\\Q" : "\\E\\s+\\Q"));
        return String.join("|", quoted);
    }

    private static String normalise(String title) {
        return title.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Forms of address and ranks without a post: "General", "Colonel", "Mr". */
    Pattern addressPattern() { return addressPattern; }

    /** Titles with an optional rank: groups "rank" and "title". */
    Pattern titlePattern() { return titlePattern; }

    /** The post a title match names, with its rank: "Deputy Foreign Minister". */
    Post post(Matcher titleMatch) {
        String title = normalise(titleMatch.group("title"));
        Post post = posts.containsKey(title) ? posts.get(title) : composedPost(titleMatch.group("title"));
        String rank = titleMatch.group("rank");
        if (post == null || !post.isPost() || rank == null)
            return post;
        return new Post(titleCase(normalise(rank)) + " " + post.post(), post.defaultsToOrganisation(), post.defaultsToParliament());
    }

    /** A composed title is the post as written, in title case; it is held where its head's post is. */
    private Post composedPost(String written) {
        String title = normalise(written);
        boolean defaultsToOrganisation = false;
        for (String head : heads)
            if (title.startsWith(head + " ") || title.endsWith(" " + head)) {
                Post headPost = posts.get(head);
                // "Defence Ministry Spokesman", "presidential spokesman": a ministry's or a president's post is national,
                // not the document's organisation's
                defaultsToOrganisation = headPost != null && headPost.defaultsToOrganisation() && !NATIONAL.matcher(title).find();
                break;
            }
        return new Post(asPost(written), defaultsToOrganisation);
    }

    /** Words of a post in title case, function words in lower case: "head of the task force" → "Head of the Task Force". */
    static String asPost(String written) {
        StringBuilder sb = new StringBuilder();
        for (String w : written.strip().split("\\s+")) {
            sb.append(sb.length() > 0 ? " " : "");
            String lower = w.toLowerCase(Locale.ROOT);
            sb.append(FUNCTION_WORDS.contains(lower) ? lower : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }

    private static String titleCase(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.split(" "))
            sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        return sb.toString();
    }

    /** Whether a word is part of some title ("Minister", "Secretary", "Deputy"): never part of a name. */
    boolean isTitleWord(String word) { return titleWords.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "")); }

    /** The country key of a demonym ("Ukrainian" → country/ukraine), if listed. */
    Optional<String> countryOf(String demonym) { return Optional.ofNullable(demonyms.get(demonym)); }

    /** Whether a word is (part of) a demonym ("Korean" of "North Korean"): never part of a name. */
    boolean isDemonymWord(String word) { return demonymWords.contains(word); }

    Pattern demonymPattern() { return demonymPattern; }

    /** Informal post words ("chief"): they name a post only after an organisation listed for them. */
    Pattern synonymPattern() { return synonymPattern; }

    /** The post an informal word names in an organisation: ("organisation/nato", "chief") → "Secretary General". */
    Optional<String> synonymPost(String organisationKey, String word) {
        return Optional.ofNullable(synonyms.getOrDefault(organisationKey, Map.of()).get(word.toLowerCase(Locale.ROOT)));
    }

    /** Whether tenure words before a title speak of a past or leaving holder ("former", "outgoing"). */
    static boolean isPast(String tenureWords) { return PAST.matcher(tenureWords).find(); }

    /**
     * Whether an organisation or country mention only says whose post a person holds: "NATO" in
     * "NATO’s new Secretary General Mark Rutte", "Ukraine" in "President Volodymyr Zelenskyy of
     * Ukraine". Such a mention is part of the person's description, not an actor of its own.
     */
    boolean qualifiesPerson(Document document, Mention organisation, List<Mention> sentenceMentions) {
        String text = document.text();
        Matcher after = postAfterOrganisation.matcher(text).region(organisation.span().end(), organisation.context().end());
        if (after.lookingAt() && startsPerson(document, sentenceMentions, after.end()))
            return true;
        for (Mention m : sentenceMentions)
            if (isPerson(document, m) && m.span().end() <= organisation.span().begin()
                    && text.substring(m.span().end(), organisation.span().begin()).matches(",?\\s+of\\s+(?:the\\s+)?"))
                return true;
        return false;
    }

    static boolean startsPerson(Document document, List<Mention> mentions, int index) {
        return mentions.stream().anyMatch(m -> m.span().begin() == index && isPerson(document, m));
    }

    static boolean isPerson(Document document, Mention m) {
        return document.entity(m.entityKey()).map(e -> e.kind() == Entity.Kind.PERSON).orElse(false);
    }
}
